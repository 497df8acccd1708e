// Messages between the page (sandbox-host.ts), the sandbox frame
// (sandbox-frame.ts) and the worker that runs programs (sandbox-runner.ts).
// Everything that crosses is plain data: results are flattened to strings
// and numbers before they leave the worker.
import type { GoroutineInfo } from "go/run";
import type { CheckResult, Replay } from "../../grading/protocol.ts";

/** What the page asks the sandbox to run. */
export interface RunRequest {
  type: "run";
  id: number;
  /** The compiled module and its source map (compile.ts). */
  code: string;
  map: string;
  /** The learner's file name, as messages should show it. */
  filename: string;
  seed: number;
  /** The runtime's own limits: it stops the program and says which it hit. */
  maxOutputBytes: number;
  maxSteps: number;
  maxGoroutines: number;
  /** Record the trace with source locations (for the timeline). */
  trace: boolean;
  /** Run with the race detector (the code must be compiled for it). */
  race?: boolean;
  /**
   * Explore schedules: run the program under this many seeds, from `seed`
   * on, each on a fresh instance of the module, and report each run's
   * output and ending in `schedules` instead of streaming output.
   */
  schedules?: number;
  /** Step mode: the scheduler's first choices (runtime/chooser.ts); the run reports every choice. */
  choices?: number[];
}

/** A choice the scheduler made, for step mode (runtime/chooser.ts's Choice). */
export interface StepChoice {
  why: string;
  n: number;
  value: number;
  goroutines?: number[];
  /** For "case": the select's ready cases (index among its cases, receive or send, channel id). */
  cases?: { index: number; kind: string; ch: number }[];
  /** For "case": how many cases the select has, ready or not. */
  ncases?: number;
  /** For "case": the goroutine at the select, and where the select is. */
  g?: number;
  line?: number;
  column?: number;
  events: number;
  open: boolean;
}

/** One run of Explore schedules: what it printed and how it ended. */
export interface ScheduleRun {
  seed: number;
  /** Its output, cut at `scheduleOutputLimit` characters. */
  output: string;
  exitCode: number;
  /** The first line of its error ("fatal error: all goroutines are asleep - deadlock!"), or null. */
  error: string | null;
}

/** What Explore schedules keeps of each run's output. */
export const scheduleOutputLimit = 4096;

/** One event of the timeline, with its value already printed. */
export interface TimelineEvent {
  t: number;
  g: number;
  kind: string;
  ch?: number;
  reason?: string;
  value?: string;
  case?: number;
  child?: number;
  text?: string;
  line?: number;
}

/** How a run ended, as the page shows it. */
export interface RunOutcome {
  seed: number;
  exitCode: number;
  /** The error as Go prints it (panic, deadlock dump, limit), or null. */
  error: { kind: string; message: string; goroutines: GoroutineInfo[] } | null;
  elapsed: number;
  leaked: GoroutineInfo[];
  timeline: TimelineEvent[];
  timelineTruncated: boolean;
  /** For Explore schedules: every run, in seed order. */
  schedules?: ScheduleRun[];
  /** For step mode: every choice the scheduler made. */
  choices?: StepChoice[];
}

/** What the page asks the sandbox to grade: the learner's module against an exercise's checks. */
export interface GradeRequest {
  type: "grade";
  id: number;
  learner: { code: string; map: string };
  checks: { code: string; map: string };
  filename: string;
  seeds: number;
  /** Replay only this check under this seed, with output and timeline. */
  replay?: { check: string; seed: number };
}

/** What the sandbox sends back for a run or a grading. */
export type RunReply =
  | { type: "output"; id: number; text: string }
  | { type: "done"; id: number; outcome: RunOutcome }
  | { type: "check"; id: number; result: CheckResult }
  | { type: "graded"; id: number; results: CheckResult[] }
  | { type: "replayed"; id: number; replay: Replay };
