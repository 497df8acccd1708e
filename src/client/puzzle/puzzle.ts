// The lesson puzzles (src/components/Puzzle.astro): the learner is the
// scheduler of a lesson's program, in step mode, and must make it do what the
// goal says (deadlock, or print a line the seeded run never prints). When the
// program has run to its end, the page replays the learner's choices on a
// fresh run in the sandbox and tests the goal on that run (goal.ts): what the
// step panel showed is never taken on trust. A solved puzzle is kept with the
// learner's progress, in this browser.
import { loadSandbox } from "../playground/sandbox-loader.ts";
import { isDone, markDone } from "../progress.ts";
import { puzzleDonePrefix } from "../progress-file.ts";
import type { StepRunner } from "../timeline/step.ts";
import { type PuzzleGoal, verdict } from "./goal.ts";

interface PuzzleData {
  id: string;
  filename: string;
  source: string;
  goal: PuzzleGoal;
}

/** The key a solved puzzle is kept under, among the exercises done. */
export const puzzleProgressId = (id: string) => `${puzzleDonePrefix}${id}`;

const limits = { maxOutputBytes: 100_000, maxSteps: 1_000_000, maxGoroutines: 10_000 };
/**
 * The page's watchdog for one run. The lesson's own small programs finish in
 * milliseconds; the time is for a worker that starts slowly on a busy machine.
 */
const runTimeoutMs = 20_000;
/** The seed behind the choices no learner makes, as the lesson's output was made. */
const seed = 1;

class Puzzle {
  private readonly data: PuzzleData;
  private readonly status: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly host: HTMLElement;
  private compiled: Promise<{ code: string; map: string } | string> | null = null;
  private panel: Promise<import("../timeline/step.ts").StepPanel> | null = null;
  /** Which verdict is current: a later end or a reset makes an earlier check moot. */
  private round = 0;
  /** Whether the learner was using the puzzle's controls: their focus then follows the choices. */
  private engaged = false;
  /** Set by Start: the first choice takes the focus once it is there. */
  private focusChoices = false;

  constructor(private readonly section: HTMLElement) {
    this.data = JSON.parse(
      section.querySelector("[data-puzzle-source]")!.textContent!,
    ) as PuzzleData;
    this.status = section.querySelector("[data-puzzle-status]")!;
    this.host = section.querySelector("[data-puzzle-steps]")!;
    this.start = section.querySelector("[data-puzzle-start]")!;
    section.querySelector<HTMLElement>("[data-puzzle-tools]")!.hidden = false;
    section.querySelector<HTMLElement>("[data-puzzle-noscript]")?.remove();
    this.start.addEventListener("click", () => void this.begin());
    this.start.addEventListener("pointerenter", () => this.warm(), { once: true });
    this.start.addEventListener("focus", () => this.warm(), { once: true });
    if (isDone(puzzleProgressId(this.data.id))) this.mark(null);
    section.addEventListener("focusin", () => (this.engaged = true));
    // Focus that leaves for elsewhere on the page (not a pressed button going away) stays there.
    section.addEventListener("focusout", (e) => {
      const to = e.relatedTarget;
      if (to instanceof Node && !section.contains(to)) this.engaged = false;
    });
    document.addEventListener("pointerdown", (e) => {
      if (!(e.target instanceof Node) || !section.contains(e.target)) this.engaged = false;
    });
    // Choosing replaces the buttons: keep the keyboard's place on the new ones.
    new MutationObserver(() => this.keepFocus()).observe(this.host, {
      childList: true,
      subtree: true,
    });
  }

  private warm(): void {
    void loadSandbox();
    void this.compile();
  }

  private compile(): Promise<{ code: string; map: string } | string> {
    this.compiled ??= import("../playground/compiler-client.ts")
      .then(async ({ compile }) => {
        const r = await compile(this.data.source, this.data.filename, false);
        return r.ok ? { code: r.code, map: r.map } : "The program does not build.";
      })
      .catch(() => {
        // A compiler that failed (or a script that did not load) is tried afresh next time.
        this.compiled = null;
        return "The compiler could not start: press Start again.";
      });
    return this.compiled;
  }

  /** Starts (or starts again) from the beginning of the program. */
  private async begin(): Promise<void> {
    this.round++;
    this.engaged = true;
    this.focusChoices = true;
    this.section.removeAttribute("data-solved-now");
    this.say("");
    this.start.textContent = "Start again";
    this.start.title = "Start again from the beginning of the program";
    this.panel ??= import("../timeline/step.ts").then(
      ({ StepPanel }) =>
        new StepPanel(
          this.host,
          this.runner,
          (line) => this.showLine(line),
          (n) => this.data.source.split("\n")[n - 1],
          () => {
            this.round++;
            this.start.focus();
          },
          (answers) => void this.check([...answers]),
        ),
    );
    const panel = await this.panel;
    await panel.start();
  }

  private readonly runner: StepRunner = async (choices) => {
    const compiled = await this.compile();
    if (typeof compiled === "string") return { ok: false, message: compiled };
    const box = await loadSandbox();
    const end = await box.run(
      {
        ...compiled,
        ...limits,
        filename: this.data.filename,
        seed,
        trace: true,
        choices,
      },
      () => {},
      runTimeoutMs,
    );
    if (end.kind === "stopped") return { ok: false, message: end.message };
    const o = end.outcome;
    return {
      ok: true,
      choices: o.choices ?? [],
      events: o.timeline,
      ending:
        o.error === null
          ? `exit status ${o.exitCode}`
          : (o.error.message.split("\n", 1)[0] ?? "error"),
    };
  };

  /** The program ran to its end: replays the answers on a fresh run and tests the goal. */
  private async check(answers: number[]): Promise<void> {
    const round = ++this.round;
    this.say("Checking your schedule on a fresh run…");
    const compiled = await this.compile();
    if (typeof compiled === "string") return this.say(compiled);
    const box = await loadSandbox();
    let stdout = "";
    const end = await box.run(
      {
        ...compiled,
        ...limits,
        filename: this.data.filename,
        seed,
        // With the trace on, as the steps ran: locations are taken as the run
        // goes, so a deadlock is not run a second time to find them (a replay
        // that would ask the same choices again).
        trace: true,
        choices: answers,
      },
      (text) => (stdout += text),
      runTimeoutMs,
    );
    if (round !== this.round) return;
    if (end.kind === "stopped") {
      return this.say(
        `The check stopped (${end.message}); Undo the last step and take it again to check again.`,
      );
    }
    const o = end.outcome;
    const v = verdict(this.data.goal, answers, { ...o, stdout }, o.choices ?? []);
    if (v.solved) {
      markDone(puzzleProgressId(this.data.id));
      this.mark(v.steps);
      return;
    }
    this.say(
      v.why === "goal"
        ? "Not this time: the program ended without reaching the goal. Undo some steps and choose differently, or start again."
        : "The replay did not follow your choices; start again.",
    );
  }

  /** Shows the puzzle solved: now in `steps` steps, or (null) on an earlier visit. */
  private mark(steps: number | null): void {
    this.section.dataset.solved = "";
    const badge = this.section.querySelector<HTMLElement>("[data-puzzle-badge]")!;
    badge.hidden = false;
    if (steps === null) {
      badge.textContent = "Solved before";
      return;
    }
    badge.textContent = "Solved";
    this.section.setAttribute("data-solved-now", String(steps));
    this.say(
      `Solved in ${steps} step${steps === 1 ? "" : "s"}: the replay of your choices ${
        this.data.goal.kind === "deadlock" ? "deadlocks" : `prints “${this.data.goal.line}”`
      }. Start again to find another way.`,
    );
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  /** Marks a line of the lesson's program, in the example above, and brings it into view. */
  private showLine(line: number): void {
    const figure = document.querySelector<HTMLElement>(
      `figure[data-example="${CSS.escape(this.data.id)}"]`,
    );
    const lines = figure?.querySelectorAll<HTMLElement>(".example-code .line");
    if (lines === undefined || lines.length === 0) {
      figure?.scrollIntoView({ block: "nearest" });
      return;
    }
    for (const l of lines) l.classList.remove("puzzle-line");
    const target = lines[line - 1];
    target?.classList.add("puzzle-line");
    target?.scrollIntoView({ block: "nearest" });
  }

  private keepFocus(): void {
    if (!this.engaged) return;
    const choice = this.host.querySelector<HTMLButtonElement>(".step-options button");
    if (this.focusChoices && choice !== null) {
      this.focusChoices = false;
      choice.focus();
      return;
    }
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    // The chosen button is gone: on to the next choice, or to Undo at the end.
    const next =
      choice ??
      [...this.host.querySelectorAll<HTMLButtonElement>("button")].find((b) => !b.disabled);
    next?.focus();
  }
}

for (const section of document.querySelectorAll<HTMLElement>("section[data-puzzle]")) {
  new Puzzle(section);
}
