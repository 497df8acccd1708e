// Draws a timeline model (model.ts) on a canvas: a lane per goroutine, its
// spans (running a solid bar, runnable a thin line, blocked a hatched bar
// coloured by what it waits for), the events as marks and the arrows between
// lanes, and a ruler where the virtual clock moves. Only the columns in view
// are drawn, and below two pixels a column only one mark, span and arrow per
// pixel of a lane, so ten thousand events cost what a screenful does. Colours come
// from the page's stylesheet (both themes); shapes and patterns carry the
// same information for readers who cannot tell the colours apart.
import { formatDuration } from "../exercise/timeline.ts";
import type { ArrowKind, Span, TimelineModel } from "./model.ts";

export interface Palette {
  text: string;
  muted: string;
  grid: string;
  bg: string;
  running: string;
  runnable: string;
  chan: string;
  sync: string;
  sleep: string;
  select: string;
  arrow: Record<ArrowKind, string>;
  selected: string;
}

export const labelWidth = 112;
export const rulerHeight = 20;
export const laneHeight = 26;

/** The colour family of a blocked span's wait reason. */
export function reasonFamily(reason: string | undefined): "chan" | "sync" | "sleep" | "select" {
  if (reason === undefined) return "chan";
  if (reason === "sleep") return "sleep";
  if (reason.startsWith("select")) return "select";
  if (reason.startsWith("chan")) return "chan";
  return "sync";
}

const dashes: Record<ArrowKind, number[]> = {
  spawn: [4, 3],
  send: [],
  close: [1, 3],
  unlock: [6, 2, 1, 2],
};

export interface ViewState {
  /** Pixels per column. */
  columnWidth: number;
  /** The first visible pixel of the content (the horizontal scroll). */
  scrollX: number;
  /** The selected event, or -1. */
  selected: number;
}

/** The canvas size the model needs at this zoom: content width and height in CSS pixels. */
export function contentSize(model: TimelineModel, columnWidth: number) {
  return {
    width: labelWidth + model.columns * columnWidth + 16,
    height: rulerHeight + model.lanes.length * laneHeight + 4,
  };
}

/** The event under a point of the canvas (CSS pixels), or -1. */
export function eventAt(model: TimelineModel, view: ViewState, x: number, y: number): number {
  if (x < labelWidth || y < rulerHeight) return -1;
  const lane = Math.floor((y - rulerHeight) / laneHeight);
  const column = Math.floor((x - labelWidth + view.scrollX) / view.columnWidth);
  // At a narrow zoom the pointer covers several columns: take the nearest
  // event of the lane within a few pixels.
  const reach = Math.max(0, Math.ceil(4 / view.columnWidth));
  for (let d = 0; d <= reach; d++) {
    for (const c of d === 0 ? [column] : [column - d, column + d]) {
      if (c >= 0 && c < model.columns && model.laneOf[c] === lane) return c;
    }
  }
  return -1;
}

/** Draws the columns in view. `width` and `height` are the canvas's CSS size. */
export function drawTimeline(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: ViewState,
  palette: Palette,
  width: number,
  height: number,
): void {
  const cw = view.columnWidth;
  const first = Math.max(0, Math.floor(view.scrollX / cw) - 1);
  const last = Math.min(model.columns, Math.ceil((view.scrollX + width - labelWidth) / cw) + 1);
  const x = (column: number) => labelWidth + column * cw - view.scrollX;
  const laneY = (lane: number) => rulerHeight + lane * laneHeight;

  ctx.clearRect(0, 0, width, height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(labelWidth, 0, width - labelWidth, height);
  ctx.clip();

  // The ruler: the virtual clock, where it moves.
  ctx.font = "11px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  let lastLabelEnd = -Infinity;
  for (const mark of model.clock) {
    if (mark.column < first || mark.column > last) continue;
    const mx = x(mark.column);
    ctx.strokeStyle = palette.grid;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    ctx.moveTo(mx + 0.5, rulerHeight - 4);
    ctx.lineTo(mx + 0.5, height);
    ctx.stroke();
    const label = formatDuration(mark.t);
    if (mx > lastLabelEnd + 6) {
      ctx.fillStyle = palette.muted;
      ctx.fillText(label, mx + 3, rulerHeight / 2);
      lastLabelEnd = mx + 3 + ctx.measureText(label).width;
    }
  }
  ctx.setLineDash([]);

  // Zoomed out, several columns share a pixel: what a pixel already shows
  // is not drawn again (one mark and one span per pixel of a lane, one arrow
  // per pixel between two lanes), or the picture costs every event in view.
  const dense = cw < 2;
  const lanes = model.lanes.length;

  // Spans.
  for (let li = 0; li < lanes; li++) {
    const lane = model.lanes[li]!;
    const top = laneY(li);
    let drawnTo = -Infinity;
    for (const span of lane.spans) {
      if (span.to < first || span.from > last) continue;
      const x1 = x(span.from);
      const x2 = x(span.to);
      if (dense && Math.floor(x2) <= drawnTo) continue;
      drawSpan(ctx, span, x1, x2, top, palette);
      drawnTo = Math.floor(x2);
    }
  }

  // Arrows, under the event marks.
  ctx.lineWidth = 1.25;
  const arrowsDrawn = new Set<number>();
  for (const a of model.arrows) {
    if (Math.max(a.from, a.to) < first || Math.min(a.from, a.to) > last) continue;
    const x1 = x(a.from) + cw / 2;
    const x2 = x(a.to) + cw / 2;
    const fromLane = model.laneOf[a.from]!;
    const toLane = model.laneOf[a.to]!;
    if (fromLane === toLane) continue;
    if (dense) {
      const key = (Math.floor(x1) * lanes + fromLane) * lanes + toLane;
      if (arrowsDrawn.has(key)) continue;
      arrowsDrawn.add(key);
    }
    const y1 = laneY(fromLane) + laneHeight / 2;
    const y2 = laneY(toLane) + laneHeight / 2;
    ctx.strokeStyle = palette.arrow[a.kind];
    ctx.fillStyle = palette.arrow[a.kind];
    ctx.setLineDash(dashes[a.kind]);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    ctx.setLineDash([]);
    arrowHead(ctx, x1, y1, x2, y2);
  }

  // Event marks: a shape per kind.
  const r = Math.max(1.5, Math.min(4.5, cw / 2 - 0.5));
  const markedAt = new Array<number>(lanes).fill(-Infinity);
  for (let i = first; i < last; i++) {
    const e = model.events[i]!;
    const li = model.laneOf[i]!;
    const cx = x(i) + cw / 2;
    if (dense) {
      if (Math.floor(cx) === markedAt[li]) continue;
      markedAt[li] = Math.floor(cx);
    }
    const cy = laneY(li) + laneHeight / 2;
    ctx.fillStyle = palette.text;
    mark(ctx, e.kind, cx, cy, r);
  }

  // The selected event: a ring and a line down the column.
  if (view.selected >= first && view.selected < last) {
    const cx = x(view.selected) + cw / 2;
    const cy = laneY(model.laneOf[view.selected]!) + laneHeight / 2;
    ctx.strokeStyle = palette.selected;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(cx, cy, r + 3.5, 0, Math.PI * 2);
    ctx.stroke();
    ctx.globalAlpha = 0.35;
    ctx.beginPath();
    ctx.moveTo(cx, rulerHeight);
    ctx.lineTo(cx, height);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  ctx.restore();

  // Lane names, in a gutter that stays put while the lanes scroll.
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, 0, labelWidth, height);
  ctx.fillStyle = palette.text;
  ctx.font = "12px ui-monospace, monospace";
  ctx.textBaseline = "middle";
  for (let li = 0; li < model.lanes.length; li++) {
    const name = model.lanes[li]!.name;
    const shown = name.length > 14 ? `${name.slice(0, 13)}…` : name;
    ctx.fillText(shown, 6, laneY(li) + laneHeight / 2);
  }
  ctx.strokeStyle = palette.grid;
  ctx.beginPath();
  ctx.moveTo(labelWidth - 0.5, 0);
  ctx.lineTo(labelWidth - 0.5, height);
  ctx.stroke();
}

function drawSpan(
  ctx: CanvasRenderingContext2D,
  span: Span,
  x1: number,
  x2: number,
  top: number,
  palette: Palette,
): void {
  const mid = top + laneHeight / 2;
  const w = Math.max(1, x2 - x1);
  if (span.state === "running") {
    ctx.fillStyle = palette.running;
    ctx.fillRect(x1, mid - 6, w, 12);
  } else if (span.state === "runnable") {
    // Waiting for the processor: a thin line.
    ctx.fillStyle = palette.runnable;
    ctx.fillRect(x1, mid - 1, w, 2);
  } else {
    // Blocked: an outlined bar with diagonal hatching in the reason's colour.
    const colour = palette[reasonFamily(span.reason)];
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1;
    ctx.strokeRect(x1 + 0.5, mid - 5.5, w - 1, 11);
    ctx.save();
    ctx.beginPath();
    ctx.rect(x1, mid - 5, w, 10);
    ctx.clip();
    ctx.beginPath();
    const step = reasonFamily(span.reason) === "sleep" ? 8 : 5;
    // Hatching anchored to the canvas, so it does not crawl as spans start at odd places.
    const start = Math.floor((x1 - 12) / step) * step;
    for (let hx = start; hx < x2 + 12; hx += step) {
      ctx.moveTo(hx, mid + 5);
      ctx.lineTo(hx + 10, mid - 5);
    }
    ctx.stroke();
    ctx.restore();
  }
}

function arrowHead(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const size = 6;
  ctx.beginPath();
  ctx.moveTo(x2, y2);
  ctx.lineTo(x2 - size * Math.cos(angle - 0.45), y2 - size * Math.sin(angle - 0.45));
  ctx.lineTo(x2 - size * Math.cos(angle + 0.45), y2 - size * Math.sin(angle + 0.45));
  ctx.closePath();
  ctx.fill();
}

/** An event's mark: a triangle for a send, an inverted one for a receive, a square for a print… */
function mark(ctx: CanvasRenderingContext2D, kind: string, cx: number, cy: number, r: number) {
  ctx.beginPath();
  switch (kind) {
    case "send":
      ctx.moveTo(cx, cy - r - 1);
      ctx.lineTo(cx + r + 1, cy + r);
      ctx.lineTo(cx - r - 1, cy + r);
      break;
    case "recv":
      ctx.moveTo(cx, cy + r + 1);
      ctx.lineTo(cx + r + 1, cy - r);
      ctx.lineTo(cx - r - 1, cy - r);
      break;
    case "print":
      ctx.rect(cx - r, cy - r, r * 2, r * 2);
      break;
    case "select":
    case "lock":
    case "unlock":
      ctx.moveTo(cx, cy - r - 1);
      ctx.lineTo(cx + r + 1, cy);
      ctx.lineTo(cx, cy + r + 1);
      ctx.lineTo(cx - r - 1, cy);
      break;
    case "panic":
    case "exit":
    case "close":
      ctx.rect(cx - 1, cy - r - 2, 2, r * 2 + 4);
      break;
    default:
      ctx.arc(cx, cy, r * 0.7, 0, Math.PI * 2);
  }
  ctx.closePath();
  ctx.fill();
}
