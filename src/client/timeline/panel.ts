// The Timeline panel: the picture of a run (view.ts), with zoom, a legend,
// a line that says the focused event in words, and the same events as a
// table for screen readers and for reading closely. The picture takes the
// keyboard: arrows move between events (left and right along the run, up
// and down between goroutines), Home and End go to the ends, Enter or a
// click selects the event's line in the editor.
import { describeEvent, formatDuration, maxTimelineLines } from "../exercise/timeline.ts";
import "./timeline.css";
import type { TimelineEvent } from "../playground/protocol.ts";
import { buildTimeline, reasonInWords, type TimelineModel } from "./model.ts";
import {
  contentSize,
  drawTimeline,
  eventAt,
  labelWidth,
  type Palette,
  type ViewState,
} from "./view.ts";

export interface TimelineOptions {
  /** Shows a source line (the editor selects it). */
  onLine: (line: number) => void;
  /** The source of a line, for naming goroutines by their function. */
  lineText?: (line: number) => string | undefined;
}

const legendItems: [string, string][] = [
  ["running", "running"],
  ["runnable", "runnable (waiting for the processor)"],
  ["chan", "blocked on a channel"],
  ["select", "blocked in select"],
  ["sync", "blocked on sync (mutex, WaitGroup, Cond)"],
  ["sleep", "sleeping"],
];

export class TimelinePanel {
  /** The region named Timeline. */
  readonly element: HTMLElement;
  private readonly message: HTMLElement;
  private readonly picture: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly detail: HTMLElement;
  private readonly table: HTMLTableSectionElement;
  private readonly tableNote: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly colours: HTMLElement;
  private model: TimelineModel | null = null;
  private tableFilled = false;
  private view: ViewState = { columnWidth: 14, scrollX: 0, selected: -1 };
  private frame = 0;

  /** Fills `host`, the region named Timeline (output-tabs.ts makes it). */
  constructor(
    host: HTMLElement,
    private readonly options: TimelineOptions,
  ) {
    this.element = host;
    host.classList.add("timeline");

    this.message = el("p", "timeline-message");
    this.message.setAttribute("role", "status");

    const tools = el("div", "timeline-tools");
    const zoomOut = button("−", "Zoom out", () => this.zoom(1 / 1.6));
    const zoomIn = button("+", "Zoom in", () => this.zoom(1.6));
    const fit = button("Fit", "Fit the whole run in view", () => this.fit());
    this.legend = el("ul", "timeline-legend");
    this.legend.setAttribute("aria-label", "Legend");
    for (const [key, words] of legendItems) {
      const li = el("li");
      const swatch = el("span", `swatch swatch-${key}`);
      swatch.setAttribute("aria-hidden", "true");
      li.append(swatch, words);
      this.legend.append(li);
    }
    // The colours the picture draws with, as the stylesheet resolves them for the theme.
    this.colours = el("span", "timeline-colours");
    this.colours.hidden = true;
    for (const key of [...legendItems.map(([k]) => k), "grid", "selected"]) {
      this.colours.append(el("span", `colour-${key}`));
    }
    tools.append(zoomOut, zoomIn, fit, this.legend, this.colours);

    this.picture = el("div", "timeline-picture");
    this.scroller = el("div", "timeline-scroller");
    this.spacer = el("div", "timeline-spacer");
    this.canvas = document.createElement("canvas");
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute(
      "aria-label",
      "Goroutine timeline. Arrow keys move between events, Enter shows an event's line; the table below lists the same events.",
    );
    this.scroller.append(this.spacer);
    this.picture.append(this.canvas, this.scroller);
    this.detail = el("p", "timeline-detail");
    this.detail.setAttribute("aria-live", "polite");

    const details = document.createElement("details");
    details.className = "timeline-table";
    const summary = document.createElement("summary");
    summary.textContent = "Events as a table";
    const table = document.createElement("table");
    const caption = document.createElement("caption");
    caption.textContent = "Every event of the run, in order";
    const head = document.createElement("thead");
    head.innerHTML =
      '<tr><th scope="col">#</th><th scope="col">Time</th><th scope="col">Goroutine</th><th scope="col">What it did</th></tr>';
    this.table = document.createElement("tbody");
    table.append(caption, head, this.table);
    this.tableNote = el("p", "timeline-note");
    details.append(summary, table, this.tableNote);
    // The table is built when it is first opened: thousands of rows cost more than the picture.
    details.addEventListener("toggle", () => {
      if (details.open && !this.tableFilled && this.model !== null) {
        this.fillTable(this.model.events);
        if (this.view.selected >= 0) this.select(this.view.selected);
      }
    });

    this.element.append(this.message, tools, this.picture, this.detail, details);

    this.scroller.addEventListener("scroll", () => {
      this.view.scrollX = this.scroller.scrollLeft;
      this.redraw();
    });
    this.scroller.addEventListener("pointermove", (e) => this.hover(e));
    this.scroller.addEventListener("click", (e) => {
      const i = this.hit(e);
      if (i >= 0) this.select(i, true);
    });
    this.scroller.addEventListener(
      "wheel",
      (e) => {
        if (!e.ctrlKey) return;
        e.preventDefault();
        this.zoom(e.deltaY < 0 ? 1.25 : 0.8);
      },
      { passive: false },
    );
    this.canvas.addEventListener("keydown", (e) => this.key(e));
    this.canvas.addEventListener("focus", () => {
      if (this.view.selected < 0 && this.model !== null && this.model.columns > 0) this.select(0);
    });
    new ResizeObserver(() => this.layout()).observe(this.picture);
    // The theme switch, or the system's theme when the page follows it,
    // changes the colours the picture is drawn with.
    new MutationObserver(() => this.redraw()).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["data-theme"],
    });
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => this.redraw());
  }

  /** Says what is happening instead of a picture: "Recording the run…". */
  say(text: string): void {
    this.message.textContent = text;
    this.message.hidden = text === "";
  }

  /** Shows a run's events. */
  show(events: readonly TimelineEvent[], truncated: boolean): void {
    const started = performance.now();
    this.model = buildTimeline(events, this.options.lineText);
    const goroutines = this.model.lanes.filter((l) => l.g !== 0).length;
    this.say(
      `${events.length.toLocaleString("en")} events, ${goroutines} goroutine${goroutines === 1 ? "" : "s"}` +
        (truncated ? " (the run went on; only its first events were recorded)" : "") +
        ".",
    );
    this.view = { columnWidth: 14, scrollX: 0, selected: -1 };
    this.scroller.scrollLeft = 0;
    this.table.replaceChildren();
    this.tableNote.textContent = "";
    this.tableFilled = false;
    if (this.table.closest("details")?.open === true) this.fillTable(events);
    this.detail.textContent = "Point at or focus an event to read it here.";
    this.layout();
    this.fit(false);
    // What is drawn, in words a test (or a curious reader of the DOM) can check.
    const m = this.model;
    this.element.dataset.lanes = m.lanes.map((l) => l.name).join(",");
    const counts = new Map<string, number>();
    for (const a of m.arrows) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
    this.element.dataset.arrows = [...counts].map(([k, n]) => `${k}:${n}`).join(",");
    this.element.dataset.columnWidth = String(this.view.columnWidth);
    // Drawn now rather than at the next frame, so the time includes the picture.
    this.draw();
    this.element.dataset.drawMs = (performance.now() - started).toFixed(1);
  }

  /** The model shown, for tests and the page. */
  get current(): TimelineModel | null {
    return this.model;
  }

  private fillTable(events: readonly TimelineEvent[]): void {
    this.tableFilled = true;
    const rows: HTMLTableRowElement[] = [];
    const n = Math.min(events.length, maxTimelineLines);
    const names = new Map(this.model!.lanes.map((l) => [l.g, l.name]));
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      const tr = document.createElement("tr");
      tr.dataset.event = String(i);
      for (const text of [
        String(i + 1),
        formatDuration(e.t),
        names.get(e.g) ?? `g${e.g}`,
        this.words(e),
      ]) {
        const td = document.createElement("td");
        td.textContent = text;
        tr.append(td);
      }
      rows.push(tr);
    }
    this.table.replaceChildren(...rows);
    this.tableNote.textContent =
      events.length > n ? `… and ${(events.length - n).toLocaleString("en")} more events` : "";
  }

  private words(e: TimelineEvent): string {
    const text = describeEvent(e);
    return e.kind === "block" ? `${text}: ${reasonInWords(e.reason)}` : text;
  }

  private layout(): void {
    if (this.model === null) return;
    const size = contentSize(this.model, this.view.columnWidth);
    this.spacer.style.width = `${size.width}px`;
    this.spacer.style.height = `${size.height}px`;
    this.picture.style.height = `${size.height + 14}px`;
    this.redraw();
  }

  private zoom(factor: number): void {
    if (this.model === null) return;
    const width = this.scroller.clientWidth - labelWidth;
    // Keep the selected event (or the middle of the view) where it is.
    const anchor =
      this.view.selected >= 0
        ? this.view.selected * this.view.columnWidth - this.view.scrollX
        : width / 2;
    const column = (this.view.scrollX + anchor) / this.view.columnWidth;
    this.view.columnWidth = Math.min(40, Math.max(0.05, this.view.columnWidth * factor));
    this.element.dataset.columnWidth = String(this.view.columnWidth);
    this.layout();
    this.scroller.scrollLeft = column * this.view.columnWidth - anchor;
    this.view.scrollX = this.scroller.scrollLeft;
    this.redraw();
  }

  private fit(always = true): void {
    if (this.model === null) return;
    const width = Math.max(100, this.scroller.clientWidth - labelWidth - 16);
    const whole = width / Math.max(1, this.model.columns);
    // A short run is drawn at a readable size; a long one starts readable, and Fit shows it all.
    this.view.columnWidth = always ? Math.min(40, whole) : Math.min(20, Math.max(6, whole));
    this.element.dataset.columnWidth = String(this.view.columnWidth);
    this.view.scrollX = 0;
    this.layout();
    this.scroller.scrollLeft = 0;
  }

  private redraw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  /** Draws now; returns the milliseconds it took. */
  draw(): number {
    const started = performance.now();
    if (this.model === null || this.element.hidden) return 0;
    const width = this.scroller.clientWidth;
    const height = contentSize(this.model, this.view.columnWidth).height;
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio))
      this.canvas.width = Math.round(width * ratio);
    if (this.canvas.height !== Math.round(height * ratio))
      this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    const ctx = this.canvas.getContext("2d")!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawTimeline(ctx, this.model, this.view, this.palette(), width, height);
    return performance.now() - started;
  }

  /** The colours, as the stylesheet resolves them for the current theme. */
  private palette(): Palette {
    const style = getComputedStyle(this.element);
    const v = (name: string) => style.getPropertyValue(name).trim();
    const swatch = (key: string) =>
      getComputedStyle(this.colours.querySelector(`.colour-${key}`)!).color;
    return {
      text: style.color,
      muted: v("--tl-muted") || style.color,
      grid: swatch("grid"),
      bg: style.backgroundColor,
      running: swatch("running"),
      runnable: swatch("runnable"),
      chan: swatch("chan"),
      sync: swatch("sync"),
      sleep: swatch("sleep"),
      select: swatch("select"),
      arrow: {
        spawn: swatch("runnable"),
        send: swatch("chan"),
        close: swatch("select"),
        unlock: swatch("sync"),
      },
      selected: swatch("selected"),
    };
  }

  private hit(e: MouseEvent): number {
    if (this.model === null) return -1;
    const box = this.scroller.getBoundingClientRect();
    return eventAt(this.model, this.view, e.clientX - box.left, e.clientY - box.top);
  }

  private hover(e: PointerEvent): void {
    const i = this.hit(e);
    this.scroller.style.cursor = i >= 0 ? "pointer" : "";
    if (i >= 0) this.describe(i);
  }

  private describe(i: number): void {
    const m = this.model!;
    const e = m.events[i]!;
    const lane = m.lanes[m.laneOf[i]!]!;
    this.detail.textContent = `#${i + 1} at ${formatDuration(e.t)}: ${lane.name} ${this.words(e)}`;
  }

  /** Selects event `i`: describes it, keeps it in view, and with `line` shows its line. */
  select(i: number, line = false): void {
    const m = this.model;
    if (m === null || i < 0 || i >= m.columns) return;
    this.view.selected = i;
    this.describe(i);
    for (const row of this.table.querySelectorAll("tr[aria-current]"))
      row.removeAttribute("aria-current");
    this.table.querySelector(`tr[data-event="${i}"]`)?.setAttribute("aria-current", "true");
    const x = i * this.view.columnWidth;
    const width = this.scroller.clientWidth - labelWidth;
    if (x < this.view.scrollX || x > this.view.scrollX + width - this.view.columnWidth) {
      this.scroller.scrollLeft = Math.max(0, x - width / 2);
      this.view.scrollX = this.scroller.scrollLeft;
    }
    this.redraw();
    const at = m.events[i]!.line;
    if (line && at !== undefined) this.options.onLine(at);
  }

  private key(e: KeyboardEvent): void {
    const m = this.model;
    if (m === null || m.columns === 0) return;
    const i = this.view.selected < 0 ? 0 : this.view.selected;
    let next = -1;
    if (e.key === "ArrowRight") next = Math.min(m.columns - 1, i + 1);
    else if (e.key === "ArrowLeft") next = Math.max(0, i - 1);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = m.columns - 1;
    else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      // The nearest event of the lane above or below.
      const lane = m.laneOf[i]! + (e.key === "ArrowUp" ? -1 : 1);
      const events = m.lanes[lane]?.events;
      if (events !== undefined && events.length > 0) next = nearest(events, i);
    } else if (e.key === "Enter" || e.key === " ") {
      this.select(i, true);
      e.preventDefault();
      return;
    } else if (e.key === "+" || e.key === "=") this.zoom(1.6);
    else if (e.key === "-") this.zoom(1 / 1.6);
    else return;
    e.preventDefault();
    if (next >= 0) this.select(next);
  }
}

/** The element of the sorted list `list` nearest to `i`. */
function nearest(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  const after = list[lo]!;
  const before = lo > 0 ? list[lo - 1]! : after;
  return i - before <= after - i ? before : after;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) {
  const e = document.createElement(tag);
  if (className !== undefined) e.className = className;
  return e;
}

function button(text: string, label: string, action: () => void): HTMLButtonElement {
  const b = el("button");
  b.type = "button";
  b.textContent = text;
  b.title = label;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", action);
  return b;
}
