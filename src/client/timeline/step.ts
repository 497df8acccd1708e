// Step mode: the learner is the scheduler. The program runs until the
// scheduler has a choice to make (which runnable goroutine goes next, or
// whether the running one gives way, which of a select's ready cases fires),
// then stops; the learner picks, and the program runs again from the start
// with the choices so far (runs are deterministic, so it retraces them) up to
// the next choice. Undo replays one choice fewer; Run to the end lets the
// seeded scheduler make the rest. What happened so far is drawn as a timeline.
import "./timeline.css";
import type { StepChoice, TimelineEvent } from "../playground/protocol.ts";
import { buildTimeline, reasonInWords } from "./model.ts";
import { TimelinePanel } from "./panel.ts";
import { caseLabels } from "./select-cases.ts";

/** What the page runs for a step: the choices so far; back come every choice made and the events. */
export type StepRunner = (
  choices: number[],
) => Promise<
  | { ok: true; choices: StepChoice[]; events: TimelineEvent[]; ending: string }
  | { ok: false; message: string }
>;

/** The first choice at or after `from` that a learner would make, or -1. */
export function nextOpenChoice(made: readonly StepChoice[], from: number): number {
  for (let i = from; i < made.length; i++) if (made[i]!.open) return i;
  return -1;
}

export class StepPanel {
  private readonly message: HTMLElement;
  private readonly states: HTMLElement;
  private readonly options: HTMLElement;
  private readonly undo: HTMLButtonElement;
  private readonly finish: HTMLButtonElement;
  private readonly output: HTMLElement;
  private readonly timeline: TimelinePanel;
  /** The answers so far, and for each learner's step, how many answers it stood on. */
  private answers: number[] = [];
  private steps: number[] = [];
  /** Every choice the last run made: "Run to the end" takes the rest of them. */
  private made: StepChoice[] = [];
  private busy = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly runner: StepRunner,
    onLine: (line: number) => void,
    private readonly lineText: (line: number) => string | undefined,
    private readonly onExit: () => void,
    /** Called when the program has run to its end: the answers that led there, and how many were the learner's. */
    private readonly onEnd?: (answers: readonly number[], steps: number) => void,
    /** `runToEnd: false` leaves out Run to the end (a puzzle is won by choosing, not by the seed). */
    options: { runToEnd?: boolean } = {},
  ) {
    host.classList.add("step-mode");
    const bar = document.createElement("div");
    bar.className = "outcomes-bar";
    const title = document.createElement("strong");
    title.textContent = "Step mode: you are the scheduler";
    const tools = document.createElement("span");
    this.undo = button("Undo", "Undo the last choice", () => void this.back());
    this.finish = button(
      "Run to the end",
      "Let the scheduler make the rest of the choices (Undo comes back here)",
      () => void this.toEnd(),
    );
    const exit = button("Exit step mode", "Leave step mode", () => {
      host.hidden = true;
      this.onExit();
    });
    this.finish.hidden = options.runToEnd === false;
    tools.append(this.undo, this.finish, exit);
    bar.append(title, tools);
    this.message = document.createElement("p");
    this.message.setAttribute("role", "status");
    this.options = document.createElement("div");
    this.options.className = "step-options";
    this.options.setAttribute("role", "group");
    this.options.setAttribute("aria-label", "Choices");
    this.states = document.createElement("ul");
    this.states.className = "step-states";
    this.states.setAttribute("aria-label", "Goroutines");
    this.output = document.createElement("pre");
    this.output.className = "step-output";
    this.output.setAttribute("aria-label", "Output so far");
    const picture = document.createElement("div");
    picture.setAttribute("aria-label", "Timeline of the steps so far");
    picture.setAttribute("role", "group");
    this.timeline = new TimelinePanel(picture, { onLine, lineText });
    picture.hidden = false;
    host.append(bar, this.message, this.options, this.states, this.output, picture);
  }

  /** Starts stepping from the beginning of the program. */
  async start(): Promise<void> {
    this.host.hidden = false;
    this.answers = [];
    this.steps = [];
    await this.advance();
  }

  private async choose(value: number): Promise<void> {
    this.steps.push(this.answers.length);
    this.answers = [...this.answers, value];
    await this.advance();
  }

  /** Takes every remaining choice as the seeded scheduler made it, as one step. */
  private async toEnd(): Promise<void> {
    if (this.busy || this.finish.hidden || this.made.length <= this.answers.length) return;
    this.steps.push(this.answers.length);
    this.answers = this.made.map((c) => c.value);
    await this.advance();
  }

  private async back(): Promise<void> {
    const at = this.steps.pop();
    if (at === undefined) return;
    this.answers = this.answers.slice(0, at);
    await this.advance();
  }

  /** Runs with the answers so far, and shows the next open choice (or the end). */
  private async advance(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.message.textContent = "Running to the next choice…";
    try {
      const r = await this.runner(this.answers);
      if (!r.ok) {
        this.message.textContent = r.message;
        this.options.replaceChildren();
        return;
      }
      this.made = r.choices;
      const next = nextOpenChoice(r.choices, this.answers.length);
      // The choices no learner would make are answered as the run made them.
      const upTo = next < 0 ? r.choices.length : next;
      this.answers = [
        ...this.answers,
        ...r.choices.slice(this.answers.length, upTo).map((c) => c.value),
      ];
      const events = next < 0 ? r.events : r.events.slice(0, r.choices[next]!.events);
      this.timeline.show(events, false);
      const at = next < 0 ? undefined : r.choices[next]!;
      this.showStates(events, at?.why === "case" ? at : undefined);
      this.output.textContent = printed(events) || "(nothing printed yet)";
      this.undo.disabled = this.steps.length === 0;
      this.finish.disabled = next < 0;
      if (next < 0) {
        this.message.textContent = `The program ran to its end: ${r.ending}. ${this.steps.length} choice${this.steps.length === 1 ? "" : "s"} were yours; Undo goes back.`;
        this.options.replaceChildren();
        this.onEnd?.(this.answers, this.steps.length);
        return;
      }
      this.showChoice(r.choices[next]!, events);
    } finally {
      this.busy = false;
    }
  }

  private showChoice(choice: StepChoice, events: readonly TimelineEvent[]): void {
    const model = buildTimeline(events);
    const name = (g: number) => model.lanes.find((l) => l.g === g)?.name ?? `g${g}`;
    const buttons: HTMLButtonElement[] = [];
    if (choice.why === "runq") {
      this.message.textContent = `Step ${this.steps.length + 1}: which goroutine runs next?`;
      choice.goroutines!.forEach((g, i) => {
        buttons.push(button(name(g), `Run ${name(g)} next`, () => void this.choose(i)));
      });
    } else if (choice.why === "case") {
      const g = choice.g === undefined ? "The running goroutine" : name(choice.g);
      const where = choice.line === undefined ? "" : ` (line ${choice.line})`;
      this.message.textContent = `Step ${this.steps.length + 1}: ${g} is at a select${where} with ${choice.n} cases ready. Which case fires?`;
      for (const [i, c] of caseLabels(choice, this.lineText).entries()) {
        buttons.push(button(c, `Let ${c} fire`, () => void this.choose(i)));
      }
    } else {
      const running = events.length > 0 ? name(events.at(-1)!.g) : "the running goroutine";
      this.message.textContent = `Step ${this.steps.length + 1}: ${running} finished an operation without blocking. Does it keep the processor?`;
      buttons.push(
        button("Keep running", `${running} keeps running`, () => void this.choose(0)),
        button("Switch", `${running} gives way to another goroutine`, () => void this.choose(1)),
      );
    }
    this.options.replaceChildren(...buttons);
  }

  private showStates(events: readonly TimelineEvent[], select?: StepChoice): void {
    const model = buildTimeline(events);
    const items = model.lanes
      .filter((l) => l.g !== 0)
      .map((lane) => {
        const last = lane.events.at(-1);
        const e = last === undefined ? undefined : events[last];
        const atSelect = select !== undefined && select.g === lane.g;
        const st = atSelect
          ? "at a select, waiting for your choice of case"
          : stateOf(events, lane.g);
        const li = document.createElement("li");
        const line = atSelect && select.line !== undefined ? select.line : e?.line;
        const where = line === undefined ? "" : ` (line ${line})`;
        li.textContent = `${lane.name}: ${st}${where}`;
        return li;
      });
    this.states.replaceChildren(...items);
  }
}

/** A goroutine's state after `events`, in words. */
function stateOf(events: readonly TimelineEvent[], g: number): string {
  let state = "runnable";
  for (const e of events) {
    if (e.kind === "spawn" && e.child === g) state = "runnable";
    if (e.g !== g) continue;
    if (e.kind === "block") state = reasonInWords(e.reason);
    else if (e.kind === "wake") state = "runnable";
    else if (e.kind === "exit") state = "finished";
    else if (e.kind === "panic") state = "panicked";
  }
  return state;
}

function printed(events: readonly TimelineEvent[]): string {
  let text = "";
  for (const e of events) if (e.kind === "print" && e.text !== undefined) text += e.text;
  return text;
}

function button(text: string, title: string, action: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.title = title;
  b.addEventListener("click", action);
  return b;
}
