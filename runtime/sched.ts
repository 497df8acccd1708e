// The scheduler: goroutines, the run queue, parking and waking, virtual time,
// deadlock detection. The shape follows Go's runtime/proc.go with a single P:
// a G per goroutine, `newproc`, `gopark`, `goready`, `schedule`, `execute`,
// a local run queue with a `runnext` slot, and `checkdead`.
//
// JavaScript has no threads and cannot switch stacks, so a goroutine is an
// async function and parking is awaiting a promise that only the scheduler
// resolves. Exactly one goroutine runs at a time: the running one gives way
// only inside an awaited runtime operation, which calls `schedule()` to pick
// the next goroutine and resolves that one's promise; the new goroutine then
// continues in a microtask, after the old one has suspended at its `await`.
//
// Runs are deterministic: every choice (which runnable goroutine runs, which
// ready select case fires, whether to switch at an operation that completed
// at once) comes from one seeded generator.

import { ProgramExit, RuntimeError } from "./panic.ts";
import { race } from "./race.ts";
import type { SchedRandom } from "./chooser.ts";
import { Rand } from "./rand.ts";
import { TimerHeap } from "./timer.ts";
import type { TraceEvent, TraceKind } from "./trace.ts";
import {
  captureStack,
  type FrameMapper,
  type Location,
  userFrames,
} from "./traceback.ts";
import { freezeClasses } from "./harden.ts";

// G status, as Go's _Grunnable, _Grunning, _Gwaiting, _Gdead.
export const Grunnable = 1;
export const Grunning = 2;
export const Gwaiting = 3;
export const Gdead = 4;

/** Go's wait reasons, printed in goroutine dumps: `goroutine 5 [chan send]:`. */
export const waitReason = {
  chanReceive: "chan receive",
  chanSend: "chan send",
  chanReceiveNilChan: "chan receive (nil chan)",
  chanSendNilChan: "chan send (nil chan)",
  select: "select",
  selectNoCases: "select (no cases)",
  sleep: "sleep",
  syncWaitGroupWait: "sync.WaitGroup.Wait",
  syncMutexLock: "sync.Mutex.Lock",
  syncRWMutexRLock: "sync.RWMutex.RLock",
  syncRWMutexLock: "sync.RWMutex.Lock",
  syncCondWait: "sync.Cond.Wait",
} as const;

/** A goroutine. */
export class G {
  status = Grunnable;
  /** Why it is parked, while status is Gwaiting. */
  waitReason = "";
  /** Its function and arguments until it first runs. */
  fn: ((...args: never[]) => unknown) | null;
  args: unknown[] | null;
  /**
   * The continuation of the current park (the awaiting promise's resolve; a
   * panic in the waker's name resolves it with a rejected promise, so the
   * reject function need not be kept).
   */
  resolve: ((v: unknown) => void) | null = null;
  /** Its sudog for plain channel operations, reused park after park (Go's per-P sudog cache). */
  sudog: unknown = null;
  /** What the park resolves to when the goroutine next runs (Go's gp.param). */
  param: unknown = undefined;
  /** If set, the park rejects with it instead: a panic raised in the waker's name. */
  panicErr: unknown = undefined;
  /** For select: set once one of its cases has fired (Go's gp.selectDone). */
  selectDone = false;
  /** Where it parked and where it was created, when the run captures locations. */
  parkStack: string | undefined = undefined;
  createStack: string | undefined = undefined;
  /** The goroutine that started it (0 for main). */
  parent = 0;
  /** Links in the list of live goroutines. */
  prev: G | null = null;
  next: G | null = null;
  /** Parked, but not yet suspended at its await (see Waiter). */
  parked = false;
  /** A reusable sleep timer (Go's gp.timer); set by time.ts. */
  sleepTimer: unknown = null;
  /**
   * Left out of the trace: the embedder's own code running as this goroutine
   * (a test harness's wait after the learner's function returned), set by
   * `untraceGoroutine` from the embedding API, never by a program.
   */
  untraced = false;

  constructor(
    readonly id: number,
    fn: (...args: never[]) => unknown,
    args: unknown[],
  ) {
    this.fn = fn;
    this.args = args;
  }
}

/** How a program ended, before run.ts turns it into a result. */
export type Exit =
  | { kind: "ok" }
  | { kind: "panic"; g: G; err: unknown }
  | { kind: "fatal"; g: G | null; message: string; stack: string | undefined }
  | { kind: "deadlock" }
  | { kind: "limit"; message: string };

/** What a run asks of the scheduler (see RunOptions in run.ts). */
export interface SchedConfig {
  seed: number;
  numCPU: number;
  trace: boolean;
  maxTraceEvents: number;
  locations: boolean;
  maxGoroutines: number;
  maxSteps: number;
  maxOutputBytes: number;
  maxVirtualTime: number;
  onOutput: ((text: string) => void) | undefined;
  mapFrame: FrameMapper;
  /** Detect data races (race.ts). */
  race: boolean;
  /** Step mode: makes the scheduler's choices in place of the seeded generator (chooser.ts). */
  chooser?: SchedRandom;
}

// With one P, a goroutine keeps the P through the operations that complete at
// once until it blocks; Go's sysmon preempts one that has run for 10 ms. We
// count scheduling points instead of milliseconds.
const timeSlice = 1000;
// With several Ps another goroutine may run in parallel between any two
// operations; we model that by switching at an operation that completed at
// once with this probability (out of 2^32).
const switchOdds = 2 ** 32 / 4;
// Polling goroutines (select default, gosched) that keep the clock from
// jumping: after this many polls in a row, time moves on (see time.ts).
const pollJump = 1000;

// How far into the run queue the seeded scheduler looks for the next
// goroutine (with GOMAXPROCS > 1).
const runqWindow = 16;

/** A growable ring buffer of runnable goroutines (Go's p.runq). */
class RunQueue {
  private buf: (G | undefined)[] = new Array(64);
  private mask = 63;
  private head = 0;
  size = 0;

  push(g: G): void {
    if (this.size > this.mask) this.grow();
    this.buf[(this.head + this.size) & this.mask] = g;
    this.size++;
  }

  shift(): G {
    const g = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.size--;
    return g;
  }

  /** The i-th goroutine from the head (i < size). */
  at(i: number): G {
    return this.buf[(this.head + i) & this.mask]!;
  }

  /** Removes the i-th goroutine; the head takes its place. */
  take(i: number): G {
    const at = (this.head + i) & this.mask;
    const g = this.buf[at]!;
    this.buf[at] = this.buf[this.head];
    this.shift();
    return g;
  }

  private grow(): void {
    const old = this.buf;
    const n = old.length;
    this.buf = new Array(n * 2);
    for (let i = 0; i < this.size; i++)
      this.buf[i] = old[(this.head + i) & this.mask];
    this.head = 0;
    this.mask = n * 2 - 1;
  }
}

/** The state of one running program: Go's schedt and its one P. */
export class Sched {
  readonly rand: SchedRandom;
  /** The generator behind the program's Math.random, apart from the scheduler's. */
  readonly userRand: Rand;
  procs: number;
  readonly numCPU: number;
  /** The running goroutine (Go's getg()). */
  curg: G | null = null;
  main: G | null = null;
  goidgen = 0;
  ngoroutine = 0;
  /** Most goroutines alive at once. */
  peakGoroutines = 0;
  /** The goroutine waiting in synctest.Wait for all others to block. */
  idleWaiter: G | null = null;
  /** What every parked goroutine awaits (see Waiter). */
  readonly waiter: PromiseLike<unknown> = new Waiter(this);
  /** Live goroutines, newest last. */
  allg: G | null = null;
  private allgTail: G | null = null;
  runnext: G | null = null;
  readonly runq = new RunQueue();
  /** Virtual nanoseconds since the program started. */
  now = 0;
  readonly timers = new TimerHeap();
  /** Scheduling points passed, for maxSteps. */
  steps = 0;
  /** Scheduling points in the current time slice. */
  slice = 0;
  pollStreak = 0;
  chanidgen = 0;
  exited: Exit | null = null;
  readonly out: string[] = [];
  outBytes = 0;
  readonly trace: TraceEvent[] | null;
  /**
   * Whether events are being recorded: the trace is on and not yet full.
   * Callers test it before building an event, so a full trace costs nothing.
   */
  tracing: boolean;
  traceTruncated = false;
  /** Goroutines alive when main returned, with where they stood. */
  leaked: G[] = [];

  constructor(
    readonly config: SchedConfig,
    private readonly onExit: (exit: Exit) => void,
  ) {
    this.rand = config.chooser ?? new Rand(config.seed);
    this.userRand = new Rand(config.seed ^ 0x5bd1e995);
    this.numCPU = config.numCPU;
    this.procs = config.numCPU;
    this.trace = config.trace ? [] : null;
    this.tracing = config.trace && config.maxTraceEvents > 0;
  }

  /**
   * Records a trace event for `gp` (call only while `tracing`). `extra`, a
   * fresh object literal from the caller, becomes the event itself: no copy.
   */
  record(gp: G | null, kind: TraceKind, extra?: Partial<TraceEvent>): void {
    const trace = this.trace!;
    if (gp !== null && gp.untraced) return;
    const ev = (extra ?? {}) as TraceEvent;
    ev.t = this.now;
    ev.g = gp === null ? 0 : gp.id;
    ev.kind = kind;
    if (this.config.locations && ev.loc === undefined) {
      // An event recorded for a goroutine other than the running one (its
      // wake-up, the receive of a value handed to it while it waited) is put
      // at that goroutine's own line, where it is parked: the stack at hand
      // is the waker's, and a timeline reads one goroutine's lane as its own
      // code. The waker's part is its own event (the send, the close).
      const loc =
        gp !== null && gp !== this.curg
          ? this.location(gp.parkStack)
          : this.location(captureStack());
      if (loc !== undefined) ev.loc = loc;
    }
    if (trace.push(ev) >= this.config.maxTraceEvents) {
      this.tracing = false;
      this.traceTruncated = true;
    }
  }

  /** The learner's source location of the current runtime call. */
  callerLocation(): Location | undefined {
    return this.location(captureStack());
  }

  /** The innermost user frame of `stack`, as a location. */
  private location(stack: string | undefined): Location | undefined {
    const f = userFrames(stack, this.config.mapFrame)[0];
    return f === undefined
      ? undefined
      : { file: f.file, line: f.line, column: f.column };
  }

  link(gp: G): void {
    gp.prev = this.allgTail;
    if (this.allgTail === null) this.allg = gp;
    else this.allgTail.next = gp;
    this.allgTail = gp;
    if (++this.ngoroutine > this.peakGoroutines)
      this.peakGoroutines = this.ngoroutine;
  }

  unlink(gp: G): void {
    if (gp.prev === null) this.allg = gp.next;
    else gp.prev.next = gp.next;
    if (gp.next === null) this.allgTail = gp.prev;
    else gp.next.prev = gp.prev;
    gp.prev = gp.next = null;
    this.ngoroutine--;
  }

  /** Ends the program; later calls are ignored (the first ending wins). */
  exit(exit: Exit): void {
    if (this.exited !== null) return;
    this.exited = exit;
    if (exit.kind === "ok") {
      for (let g = this.allg; g !== null; g = g.next)
        if (g !== this.main) this.leaked.push(g);
    }
    this.onExit(exit);
  }
}

/** The running program. Runs are serialized by run.ts, so one global suffices. */
export let sched: Sched | null = null;

export function setSched(s: Sched | null): void {
  sched = s;
}

/** The running program, or an error telling the learner to start one. */
export function getsched(): Sched {
  if (sched === null) {
    throw new Error(
      "this Go runtime operation must run inside a program started by run(main)",
    );
  }
  return sched;
}

/** A promise that never settles: what a goroutine awaits once its program has ended. */
export const never: Promise<never> = new Promise(() => {});

function stepLimit(s: Sched): boolean {
  if (++s.steps <= s.config.maxSteps) return false;
  s.exit({
    kind: "limit",
    message: `program exceeded the limit of ${s.config.maxSteps} scheduling steps`,
  });
  return true;
}

/**
 * Parks the running goroutine with Go's wait `reason`. It returns the
 * goroutine's waiter: a thenable that the goroutine awaits. Only when the
 * await reaches it (its `then` runs) has the goroutine really stopped, and
 * only then does the scheduler run another, so an operation that was not
 * awaited is caught instead of letting two goroutines run at once.
 */
export function gopark<T = unknown>(reason: string): PromiseLike<T> {
  const s = sched!;
  const gp = running(s);
  if (s.exited !== null) return never;
  gp.status = Gwaiting;
  gp.waitReason = reason;
  s.pollStreak = 0;
  s.slice++;
  if (s.config.locations) gp.parkStack = captureStack();
  if (s.tracing) s.record(gp, "block", { reason });
  if (stepLimit(s)) return never;
  gp.parked = true;
  return s.waiter as PromiseLike<T>;
}

/**
 * What a parked goroutine awaits. `await` calls `then` one microtask after
 * the goroutine suspended; that is the moment to hand the processor on.
 */
class Waiter implements PromiseLike<unknown> {
  // Private: a program holds its waiter (what `time.sleep(1)` returns before
  // it is awaited), and nothing it holds may lead to the scheduler.
  readonly #s: Sched;

  constructor(s: Sched) {
    this.#s = s;
  }

  then<A = unknown, B = never>(
    resolve?: ((v: unknown) => A | PromiseLike<A>) | null,
    _reject?: ((e: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    // Nothing runs between a park and its await but the parked goroutine
    // itself, so the running goroutine is the one awaiting: one waiter serves all.
    const s = this.#s;
    const gp = s.curg;
    if (gp === null) return undefined as never;
    gp.resolve = resolve as (v: unknown) => void;
    if (gp.parked) {
      gp.parked = false;
      s.curg = null;
      if (s.exited === null) schedule(s);
    }
    // `await` ignores what then returns; nothing else ever sees a waiter.
    return undefined as never;
  }
}

/**
 * The running goroutine, checked: one that parked without awaiting (a
 * missing `await`) cannot go on to another operation, because the
 * scheduler would think it asleep while it runs.
 */
function running(s: Sched): G {
  const gp = s.curg;
  if (gp === null)
    throw new Error("a Go runtime operation ran outside any goroutine");
  if (gp.parked) throw missingAwait(gp);
  return gp;
}

function missingAwait(gp: G): RuntimeError {
  const what = gp.status === Gwaiting ? gp.waitReason : "runtime.Gosched";
  return new RuntimeError(
    `goroutine ${gp.id} went on without awaiting ${what}: await every channel, select, sleep and sync operation (wait for several at once with select)`,
  );
}

/**
 * Waits until every other goroutine is blocked (or has ended), without
 * moving the clock: Go's testing/synctest.Wait.
 */
export function waitIdle(): PromiseLike<void> {
  const s = getsched();
  if (s.idleWaiter !== null)
    throw new RuntimeError("synctest.Wait called by two goroutines at once");
  s.idleWaiter = s.curg;
  return gopark("synctest.Wait");
}

/**
 * Leaves the running goroutine out of the trace from now until it ends: for
 * an embedder's code that runs as a goroutine after the program's own part
 * is done (the grader's wait for stragglers after the learner's function
 * returned), so that a timeline shows the program only.
 */
export function untraceGoroutine(): void {
  running(getsched()).untraced = true;
}

/**
 * Makes `gp` runnable; when it next runs, its park resolves to `param`.
 * Like Go's goready, it goes to `runnext`: it runs next when this goroutine
 * gives way (with one P).
 */
export function goready(gp: G, param: unknown): void {
  const s = sched!;
  gp.status = Grunnable;
  gp.param = param;
  if (s.tracing) s.record(gp, "wake");
  runqput(s, gp, true);
}

/** Like goready, but the woken goroutine's park throws `err` (a panic in its own name). */
export function goreadyPanic(gp: G, err: unknown): void {
  gp.panicErr = err;
  goready(gp, undefined);
}

/**
 * Puts the running goroutine at the back of the run queue and runs another
 * (Go's gosched/goyield); resolves to `value` when it runs again.
 */
function goyield<T>(value: T): PromiseLike<T> {
  const s = sched!;
  const gp = running(s);
  gp.status = Grunnable;
  gp.param = value;
  s.slice = 0;
  s.runq.push(gp);
  gp.parked = true;
  return s.waiter as PromiseLike<T>;
}

// Taken at load: a program may replace the global Promise, not the runtime's.
const promiseResolve = Promise.resolve.bind(Promise) as <T>(v: T) => Promise<T>;
const resolvedVoid: Promise<void> = promiseResolve(undefined);
export const promiseReject = Promise.reject.bind(Promise) as (
  e: unknown,
) => Promise<never>;

/**
 * The end of an awaited operation that completed without blocking: still a
 * scheduling point. With several Ps the scheduler may let another goroutine
 * in here; with one, only when the time slice is used up.
 */
export function proceed<T>(value: T): PromiseLike<T> {
  const s = sched!;
  if (s.exited !== null) return never;
  running(s);
  s.pollStreak = 0;
  if (stepLimit(s)) return never;
  if (
    ++s.slice >= timeSlice ||
    (s.procs > 1 && s.rand.uint32("switch") < switchOdds)
  ) {
    if (s.runq.size > 0 || s.runnext !== null) return goyield(value);
  }
  return value === undefined
    ? (resolvedVoid as Promise<T>)
    : promiseResolve(value);
}

/**
 * A polling operation (a select that took its default, gosched): like
 * proceed, but a long run of polls while a timer is pending moves the clock
 * to that timer, as if the pollers were blocked.
 */
export function poll<T>(value: T, alwaysYield: boolean): PromiseLike<T> {
  const s = sched!;
  if (s.exited !== null) return never;
  running(s);
  if (stepLimit(s)) return never;
  if (++s.pollStreak >= pollJump && s.timers.size > 0) {
    s.pollStreak = 0;
    advanceClock(s, true);
    if (s.exited !== null) return never;
  }
  if (
    alwaysYield ||
    ++s.slice >= timeSlice ||
    (s.procs > 1 && s.rand.uint32("switch") < switchOdds)
  ) {
    if (s.runq.size > 0 || s.runnext !== null) return goyield(value);
  }
  return value === undefined
    ? (resolvedVoid as Promise<T>)
    : promiseResolve(value);
}

function runqput(s: Sched, gp: G, next: boolean): void {
  if (next && s.procs === 1) {
    const old = s.runnext;
    s.runnext = gp;
    if (old !== null) s.runq.push(old);
    return;
  }
  s.runq.push(gp);
}

function runqget(s: Sched): G | null {
  const next = s.runnext;
  if (next !== null) {
    s.runnext = null;
    // runnext inherits the time slice; once it is used up, the others go first.
    if (s.slice < timeSlice || s.runq.size === 0) return next;
    s.runq.push(next);
  }
  const n = s.runq.size;
  if (n === 0) return null;
  s.slice = 0;
  if (s.procs === 1 || n === 1) return s.runq.shift();
  // The seeded choice is among the first few runnable goroutines, as Go's
  // Ps each pick from the head of a small local queue: a pick anywhere in a
  // queue of 100,000 would touch memory all over the heap for nothing.
  return s.runq.take(s.rand.intn(n < runqWindow ? n : runqWindow, "runq"));
}

/**
 * Finds a runnable goroutine and runs it; if there is none, moves the clock
 * to the next timer that can wake one; if there is no such timer, every
 * goroutine is asleep: deadlock.
 */
function schedule(s: Sched): void {
  for (;;) {
    if (s.exited !== null) return;
    const t = s.timers.top();
    if (t !== undefined && t.when <= s.now) s.timers.runDue(s.now);
    const gp = runqget(s);
    if (gp !== null) {
      execute(s, gp);
      return;
    }
    // Everyone else is blocked: a goroutine in synctest.Wait goes on now,
    // before the clock moves.
    const idle = s.idleWaiter;
    if (idle !== null) {
      s.idleWaiter = null;
      goready(idle, undefined);
      continue;
    }
    if (!advanceClock(s, false)) {
      checkdead(s);
      return;
    }
  }
}

/**
 * Moves virtual time to the earliest pending timer and fires every timer due
 * then. With `all` false only timers that can wake a blocked goroutine count
 * (see timer.ts). Returns false when there is no such timer.
 */
function advanceClock(s: Sched, all: boolean): boolean {
  const t = all ? s.timers.top() : s.timers.firstObserved();
  if (t === undefined) return false;
  if (t.when > s.config.maxVirtualTime) {
    s.exit({
      kind: "limit",
      message: `program exceeded the limit of ${s.config.maxVirtualTime} ns of virtual time`,
    });
    return true;
  }
  if (t.when > s.now) s.now = t.when;
  s.timers.runDue(s.now);
  return true;
}

function execute(s: Sched, gp: G): void {
  s.curg = gp;
  gp.status = Grunning;
  if (gp.fn !== null) {
    // A new goroutine starts from a clean stack, once the one that gave way
    // has suspended; it is the running one when the microtask comes.
    queueMicrotask(startCurrent);
    return;
  }
  const param = gp.param;
  const err = gp.panicErr;
  const resolve = gp.resolve!;
  gp.param = gp.panicErr = undefined;
  gp.resolve = null;
  resolve(err === undefined ? param : promiseReject(err));
}

// A goroutine's body settles while it is the running goroutine (nothing else
// is scheduled until it parks or ends), so one pair of handlers serves all.
function exitCurrent(): void {
  const s = sched;
  if (s !== null && s.curg !== null) goexit(s, s.curg);
}

function panicCurrent(e: unknown): void {
  const s = sched;
  if (s !== null && s.curg !== null) gopanicked(s, s.curg, e);
}

function startCurrent(): void {
  const s = sched;
  const gp = s?.curg;
  if (s && gp && gp.fn !== null) gostart(s, gp);
}

function gostart(s: Sched, gp: G): void {
  if (s.exited !== null) return;
  const fn = gp.fn as (...args: unknown[]) => unknown;
  const args = gp.args!;
  gp.fn = gp.args = null;
  let r: unknown;
  try {
    r = fn(...args);
  } catch (e) {
    gopanicked(s, gp, e);
    return;
  }
  if (
    r !== null &&
    typeof r === "object" &&
    typeof (r as PromiseLike<unknown>).then === "function"
  ) {
    (r as PromiseLike<unknown>).then(exitCurrent, panicCurrent);
  } else {
    goexit(s, gp);
  }
}

/** Starts `fn(...args)` in a new goroutine (the go statement). */
export function newproc(
  fn: (...args: never[]) => unknown,
  args: unknown[],
): G | null {
  const s = getsched();
  if (s.exited !== null) return null;
  if (s.ngoroutine >= s.config.maxGoroutines) {
    s.exit({
      kind: "limit",
      message: `program exceeded the limit of ${s.config.maxGoroutines} goroutines`,
    });
    throw new ProgramExit("goroutine limit");
  }
  const gp = new G(++s.goidgen, fn, args);
  s.link(gp);
  const parent = s.curg;
  if (parent !== null) gp.parent = parent.id;
  if (s.config.locations && parent !== null) gp.createStack = captureStack();
  if (race !== null) race.spawn(parent, gp);
  if (s.tracing) s.record(parent, "spawn", { child: gp.id });
  runqput(s, gp, true);
  return gp;
}

/** Creates the main goroutine and starts the scheduler. */
export function startMain(s: Sched, main: () => unknown): void {
  const gp = newproc(main, [])!;
  s.main = gp;
  schedule(s);
}

function goexit(s: Sched, gp: G): void {
  if (s.exited !== null) return;
  if (gp.parked) {
    gopanicked(s, gp, missingAwait(gp));
    return;
  }
  if (gp === s.main) {
    if (s.tracing) s.record(gp, "exit");
    s.exit({ kind: "ok" });
    return;
  }
  gp.status = Gdead;
  s.unlink(gp);
  if (s.tracing) s.record(gp, "exit");
  if (s.curg === gp) {
    s.curg = null;
    if (!stepLimit(s)) schedule(s);
  }
}

function gopanicked(s: Sched, gp: G, err: unknown): void {
  if (s.exited !== null || err instanceof ProgramExit) return;
  if (s.tracing) s.record(gp, "panic", { text: traceText(describe(err)) });
  s.exit({ kind: "panic", g: gp, err });
}

// A trace event names what was printed or panicked with; the output itself
// has the whole text. A ten-megabyte print must not be copied into the trace
// the timeline receives.
const maxTraceText = 200;

function traceText(text: string): string {
  return text.length <= maxTraceText
    ? text
    : `${text.slice(0, maxTraceText)}… (${text.length - maxTraceText} more characters)`;
}

function describe(err: unknown): string {
  try {
    return String(err);
  } catch {
    return "(a thrown value that cannot be printed)";
  }
}

/** Ends the program with a fatal error (Go's throw): not recoverable. */
export function fatal(message: string): never {
  const s = getsched();
  s.exit({ kind: "fatal", g: s.curg, message, stack: captureStack() });
  throw new ProgramExit(`fatal error: ${message}`);
}

function checkdead(s: Sched): void {
  s.exit({ kind: "deadlock" });
}

/** Writes program output (fmt, console.log), enforcing the output limit. */
export function write(text: string): void {
  const s = getsched();
  if (s.exited !== null) return;
  const max = s.config.maxOutputBytes;
  const bytes = utf8Length(text);
  if (s.outBytes + bytes > max) {
    const room = max - s.outBytes;
    if (room > 0) emit(s, text.slice(0, room));
    s.exit({
      kind: "limit",
      message: `program exceeded the output limit of ${max} bytes`,
    });
    throw new ProgramExit("output limit");
  }
  s.outBytes += bytes;
  emit(s, text);
}

function emit(s: Sched, text: string): void {
  s.out.push(text);
  s.config.onOutput?.(text);
  if (s.tracing) s.record(s.curg, "print", { text: traceText(text) });
}

function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // One UTF-16 unit is already counted; a surrogate is half of a 4-byte pair.
    if (c < 0x80) continue;
    n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

freezeClasses(G, RunQueue, Sched, Waiter);
