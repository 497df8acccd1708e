// Step mode: the scheduler's choices made from a list instead of the seeded
// generator. Every choice the scheduler makes (which runnable goroutine runs
// next, whether to switch at an operation that completed at once, the order
// in which a select polls its cases) is drawn from `rand`; a Chooser stands
// in for it, takes its answers from `choices` while they last and from the
// seeded generator after, and records every choice it was asked for. A run
// with a prefix of another run's choices retraces that run exactly up to the
// end of the prefix (runs are deterministic), which is how a learner steps
// the scheduler by hand and undoes steps: replay one choice fewer.
//
// A select with several cases ready asks one more choice, "case": which of
// them fires. Go's selectgo shuffles the poll order and takes the first ready
// case in it, so every ready case is equally likely; the seeded generator
// answers with the shuffle alone. A Chooser asks the shuffle's steps as
// usual (so a run with no choices given is the seeded run, draw for draw),
// then the case, answered from the list when it is given and otherwise by the
// case the shuffled poll order found first (no draw of its own).
import { Rand } from "./rand.ts";
import { getsched } from "./sched.ts";
import type { TraceEvent } from "./trace.ts";
import type { Location } from "./traceback.ts";

/** What a scheduling choice decides. */
export type Decision =
  | "runq" // which of the runnable goroutines runs next
  | "switch" // whether the running goroutine gives way at an operation that completed at once
  | "select" // a step of the shuffle of a select's poll order
  | "case"; // which of a select's ready cases fires (asked only by a Chooser)

/** A case of a select that can proceed at once: a "case" choice's answer. */
export interface ReadyCase {
  /** Its index in the select's list of cases, from 0. */
  index: number;
  /** A receive or a send. */
  kind: "recv" | "send";
  /** The channel's id (as trace events name it). */
  ch: number;
}

/** The scheduler's source of choices: the seeded generator (rand.ts) or a Chooser. */
export interface SchedRandom {
  uint32(why?: Decision): number;
  intn(n: number, why?: Decision): number;
  /**
   * Which of a select's ready cases fires (`ready` in source order, at least
   * two), as an index into `ready`; `first` is the one the shuffled poll order
   * found first. The seeded generator has no such method: its shuffle decides.
   * `ncases` counts every case of the select, ready or not.
   */
  selectCase?(
    ready: readonly ReadyCase[],
    first: number,
    ncases: number,
  ): number;
  /**
   * A fresh source that answers every choice this one has made, as it made
   * them: what the run's location replay (run.ts) schedules with, so that it
   * retraces the run. The seeded generator needs none: a new one from the
   * same seed does that.
   */
  again?(): SchedRandom;
}

/** One choice the scheduler made. */
export interface Choice {
  why: Decision;
  /** How many answers there were (2 for "switch": 0 stays, 1 switches). */
  n: number;
  /** The answer taken. */
  value: number;
  /** For "runq": the goroutines to choose from, by id, in answer order. */
  goroutines?: number[];
  /** For "case": the ready cases, in answer order (source order). */
  cases?: ReadyCase[];
  /** For "case": how many cases the select has, ready or not. */
  ncases?: number;
  /** For "case": the goroutine at the select (where it is: `caseLocation`). */
  g?: number;
  /** Whether the answer came from the list (false: from the seeded generator). */
  given: boolean;
  /** How many trace events had been recorded when it was made (with the trace on). */
  events: number;
  /**
   * Whether the choice changes anything a learner would pick: false for a
   * switch with no other goroutine runnable and for a step of a select's
   * poll order (step mode lets the generator answer those; the learner
   * picks the case itself, with "case").
   */
  open: boolean;
}

// The seeded scheduler switches at a completed operation with odds 1/4 (sched.ts).
const switchOdds = 2 ** 32 / 4;

export class Chooser implements SchedRandom {
  /** Every choice made so far, in order. */
  readonly made: Choice[] = [];
  private readonly rand: Rand;

  /**
   * `choices` answer the first choices (each taken modulo its number of
   * answers); after them, the generator seeded with `seed` answers, as an
   * ordinary run's would.
   */
  constructor(
    private readonly choices: readonly number[],
    private readonly seed: number,
  ) {
    this.rand = new Rand(seed);
  }

  again(): Chooser {
    return new Chooser(this.answers, this.seed);
  }

  intn(n: number, why: Decision = "runq"): number {
    const k = this.made.length;
    const given = k < this.choices.length;
    const value = given ? mod(this.choices[k]!, n) : this.rand.intn(n);
    const s = getsched();
    const choice: Choice = {
      why,
      n,
      value,
      given,
      events: s.trace?.length ?? 0,
      open: why === "runq",
    };
    if (why === "runq") {
      const q = s.runq;
      choice.goroutines = [];
      for (let i = 0; i < n; i++) choice.goroutines.push(q.at(i).id);
    }
    this.made.push(choice);
    return value;
  }

  /** Only the scheduler's "switch" choice asks for 32 bits: 0 (switch) or all ones (stay). */
  uint32(why: Decision = "switch"): number {
    const k = this.made.length;
    const given = k < this.choices.length;
    const value = given
      ? mod(this.choices[k]!, 2)
      : this.rand.uint32() < switchOdds
        ? 1
        : 0;
    const s = getsched();
    const events = s.trace?.length ?? 0;
    const open = s.runq.size > 0 || s.runnext !== null;
    this.made.push({ why, n: 2, value, given, events, open });
    return value === 1 ? 0 : 0xffffffff;
  }

  selectCase(
    ready: readonly ReadyCase[],
    first: number,
    ncases: number,
  ): number {
    const k = this.made.length;
    const n = ready.length;
    const given = k < this.choices.length;
    const value = given ? mod(this.choices[k]!, n) : first;
    const s = getsched();
    const choice: Choice = {
      why: "case",
      n,
      value,
      given,
      events: s.trace?.length ?? 0,
      open: true,
      cases: ready.map((c) => ({ index: c.index, kind: c.kind, ch: c.ch })),
      ncases,
    };
    if (s.curg !== null) choice.g = s.curg.id;
    this.made.push(choice);
    return value;
  }

  /** The answers taken, as a list another Chooser can replay. */
  get answers(): number[] {
    return this.made.map((c) => c.value);
  }
}

function mod(v: number, n: number): number {
  return ((Math.floor(v) % n) + n) % n;
}

/**
 * Where the select of a "case" choice is, from a run with the trace and
 * locations on: the select event its goroutine records as the chosen case
 * fires, at once and from the same call, carries it. (Capturing it when the
 * choice is made would cost a stack capture more at every such select.)
 * Undefined without them, or when the chosen case panicked.
 */
export function caseLocation(
  choice: Choice,
  trace: readonly TraceEvent[],
): Location | undefined {
  if (choice.why !== "case" || choice.g === undefined) return undefined;
  for (let i = choice.events; i < trace.length; i++) {
    const e = trace[i]!;
    if (e.g === choice.g && e.kind === "select") return e.loc;
  }
  return undefined;
}
