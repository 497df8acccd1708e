// The embedding API: run a program's main on a fresh scheduler and report
// how it ended, as `go run` would print it. Used by the site's sandbox, by
// the lessons' example checks, by graders and by the tests.
//
// Source locations cost a stack capture each (microseconds), so by default a
// run goes without them. When it ends in a way that needs them (a deadlock
// dump, a leak report, a fatal error), the same seed can be replayed with
// locations on: runs are deterministic, so the replay retraces it. `main` is
// never called twice behind the embedder's back (contract v1.2): the replay
// runs a fresh instance of the program that the embedder supplies
// (`RunOptions.replay`: a module evaluated afresh), or happens when the
// embedder asks for it (`result.locate()`).

import { atParkedSend } from "./chan.ts";
import { consoleFormat, resetAddresses, sprint } from "./format.ts";
import { GoPanic, RuntimeError } from "./panic.ts";
import { Detector, type RaceReport, setRace } from "./race.ts";
import {
  type Exit,
  type G,
  Grunnable,
  Sched,
  type SchedConfig,
  sched,
  setSched,
  startMain,
  write,
} from "./sched.ts";
import type { SchedRandom } from "./chooser.ts";
import type { TraceEvent } from "./trace.ts";
import {
  defaultFrameMapper,
  errorStack,
  type Frame,
  type FrameMapper,
  formatFrames,
  funcName,
  type Location,
  userFrames,
} from "./traceback.ts";

/** Options for `run`. */
export interface RunOptions {
  /** The seed of every scheduling choice (default: a random one; the result says which). */
  seed?: number;
  /** Record the trace of events (default true). */
  trace?: boolean;
  /** Stop recording after this many events (default 100,000); `traceTruncated` says the cap was reached. */
  maxTraceEvents?: number;
  /**
   * Capture source locations: `true` always (slower: for the timeline),
   * `false` never, `"auto"` (default) by replaying the seed on a fresh
   * instance of the program (see `replay`) when the run ends in a deadlock, a
   * fatal error or with leaked goroutines. Without `replay`, `"auto"` leaves
   * the result without locations and `result.locate()` replays on request.
   */
  locations?: boolean | "auto";
  /**
   * A fresh instance of the program for the `"auto"` replay: the same main
   * from its module evaluated anew (a new import, a new worker), so that
   * nothing the first run left in module-level state changes the replay, and
   * the `main` passed to `run` is called exactly once.
   */
  replay?: () => Main | PromiseLike<Main>;
  /**
   * Detect data races, as `go run -race` does (default false). Only accesses
   * in code compiled with race instrumentation are seen. Each race is
   * reported once per pair of locations, in the output as it is found (not
   * in `stdout`) and in `result.races`; a program that exits normally after
   * a race prints `Found N data race(s)` and exits with status 66.
   */
  race?: boolean;
  /**
   * Step mode: the scheduler's choices come from this instead of the
   * generator seeded by `seed` (see chooser.ts).
   */
  chooser?: SchedRandom;
  /** What `runtime.numCPU()` reports, and the initial GOMAXPROCS (default 8). */
  numCPU?: number;
  /** Most goroutines alive at once (default 4,194,304). */
  maxGoroutines?: number;
  /** Most scheduling points (awaited runtime operations) in the run (default: no limit). */
  maxSteps?: number;
  /** Most bytes of output (default 16 MiB). */
  maxOutputBytes?: number;
  /** Most virtual nanoseconds the clock may reach (default: no limit). */
  maxVirtualTime?: number;
  /**
   * Wall-clock milliseconds a goroutine may wait on something that is not a
   * runtime operation (a JavaScript timer, a promise that never settles)
   * before the run is stopped (default 3000).
   */
  maxStall?: number;
  /** Called with each piece of output as it is printed. */
  onOutput?: (text: string) => void;
  /**
   * Maps each stack frame to the learner's source, or hides it (null): the
   * hook for the compiler's source maps. Default: hide runtime and host frames.
   */
  mapFrame?: FrameMapper;
}

/** A goroutine in a dump: Go's `goroutine 5 [chan send]:` as data. */
export interface GoroutineInfo {
  id: number;
  /** Go's wait reason ("chan receive", "select", "sleep", …), "runnable" or "running". */
  waitReason: string;
  /** Where it waits (its innermost frame in the learner's code), when known. */
  location: Location | null;
  /** Its stack in the learner's code, innermost first, when known. */
  frames: Frame[];
  /** The goroutine that started it, and where (Go's "created by"). */
  createdBy: { goroutine: number; location: Location | null } | null;
}

/** How a program failed. */
export interface RunError {
  kind: "panic" | "deadlock" | "fatal" | "limit";
  /** The whole text Go would print: header and goroutine dump. */
  message: string;
  goroutines: GoroutineInfo[];
  /** For a panic: the value passed to panic, or what was thrown. */
  value?: unknown;
  /** For a deadlock: how many goroutines the dump leaves out (it shows at most 100). */
  omitted?: number;
}

/** What `run` resolves to. */
export interface RunResult {
  seed: number;
  /** 0 when main returned; 2 for a panic, fatal error, deadlock or limit. */
  exitCode: number;
  stdout: string;
  error: RunError | null;
  /** Virtual nanoseconds on the clock when the program ended. */
  elapsed: number;
  /** Goroutines still alive when main returned (not main itself). */
  leaked: GoroutineInfo[];
  trace: TraceEvent[];
  traceTruncated: boolean;
  /** Scheduling points passed. */
  steps: number;
  /** Most goroutines alive at once, main included. */
  peakGoroutines: number;
  /** Whether source locations were captured (see RunOptions.locations). */
  locations: boolean;
  /** The data races found, with Go's report text (empty unless the run had `race: true`). */
  races: RaceReport[];
  /**
   * Replays this run's seed with source locations on, calling the same
   * `main` again (so its effects outside the runtime happen twice: ask only
   * when that is harmless), and resolves to the replay's result, or to this
   * result when the replay did not retrace the run (state outside `main`
   * changed its path). Not enumerable: a result stays plain data.
   */
  readonly locate: () => Promise<RunResult>;
}

/** Most goroutines a deadlock dump shows, as text and as data. */
const maxDumpGoroutines = 100;

/** A program: a module's `main` function. */
export type Main = () => unknown;

// Taken at load: a program may replace the global Promise, not the runtime's.
const NativePromise = Promise;
const hostTimeout = setTimeout.bind(globalThis);
const hostInterval = setInterval.bind(globalThis);
const hostClearInterval = clearInterval.bind(globalThis);

let queue: Promise<unknown> = NativePromise.resolve();

/**
 * Runs `main` as a Go program on a fresh scheduler and resolves to how it
 * ended. Never rejects: panics, deadlocks and limits are results. Runs are
 * serialized: a second call waits for the first to finish.
 */
export function run(main: Main, options: RunOptions = {}): Promise<RunResult> {
  return queued(() => runReplaying(main, options));
}

// Between runs, let the last run's stragglers (a goroutine that caught its
// program's ending and carried on) reach their next await and stop there.
function nextMacrotask(): Promise<void> {
  return new NativePromise((resolve) => hostTimeout(resolve, 0));
}

async function runReplaying(
  main: Main,
  options: RunOptions,
): Promise<RunResult> {
  const config = configure(options);
  const mode = options.locations ?? "auto";
  config.locations = mode === true;
  const maxStall = options.maxStall ?? 3000;
  const first = await runOnce(main, config, maxStall);
  const locate = () =>
    first.locations
      ? NativePromise.resolve(first)
      : queued(() => relocate(first, main, config, maxStall));
  defineLocate(first, locate);
  if (mode !== "auto" || options.replay === undefined || !needsLocations(first))
    return first;
  await nextMacrotask();
  let fresh: Main;
  try {
    fresh = await options.replay();
  } catch {
    return first;
  }
  return relocate(first, fresh, config, maxStall);
}

// Replays `first`'s seed with locations on. The replay prints what the
// first run printed: the caller has seen it already.
async function relocate(
  first: RunResult,
  main: Main,
  config: SchedConfig,
  maxStall: number,
): Promise<RunResult> {
  // A chooser has answered the first run's choices by now; the replay asks
  // a copy that answers them the same way (a spent one would answer from
  // its generator and run another schedule).
  const chooser = config.chooser?.again?.() ?? config.chooser;
  const replay = await runOnce(
    main,
    { ...config, chooser, locations: true, onOutput: undefined },
    maxStall,
  );
  const same =
    replay.stdout === first.stdout &&
    replay.exitCode === first.exitCode &&
    replay.steps === first.steps &&
    replay.error?.kind === first.error?.kind;
  if (!same) return first;
  defineLocate(replay, () => NativePromise.resolve(replay));
  return replay;
}

function defineLocate(r: RunResult, locate: () => Promise<RunResult>): void {
  Object.defineProperty(r, "locate", { value: locate, enumerable: false });
}

// Runs one at a time: a replay asked for later waits its turn like a run.
function queued<R>(f: () => Promise<R>): Promise<R> {
  const result = queue.then(f);
  queue = result.then(nextMacrotask, nextMacrotask);
  return result;
}

function needsLocations(r: RunResult): boolean {
  return r.leaked.length > 0 || (r.error !== null && r.error.kind !== "limit");
}

function configure(o: RunOptions): SchedConfig {
  return {
    seed: o.seed ?? Math.floor(Math.random() * 2 ** 32),
    numCPU: o.numCPU ?? 8,
    trace: o.trace ?? true,
    maxTraceEvents: o.maxTraceEvents ?? 100_000,
    locations: false,
    maxGoroutines: o.maxGoroutines ?? 4_194_304,
    maxSteps: o.maxSteps ?? Infinity,
    maxOutputBytes: o.maxOutputBytes ?? 16 * 1024 * 1024,
    maxVirtualTime: o.maxVirtualTime ?? Infinity,
    onOutput: o.onOutput,
    mapFrame: o.mapFrame ?? defaultFrameMapper,
    race: o.race ?? false,
    chooser: o.chooser,
  };
}

function runOnce(
  main: Main,
  config: SchedConfig,
  maxStall: number,
): Promise<RunResult> {
  return new NativePromise((resolve) => {
    const saved = { random: Math.random, log: console.log };
    // A run lives in microtasks: a timer of the host fires only while the
    // running goroutine waits on something outside the runtime. If no
    // scheduling point passes between two firings, it is stuck there.
    let lastSteps = -1;
    const stall = hostInterval(() => {
      if (s.steps === lastSteps && s.curg !== null) {
        s.exit({
          kind: "limit",
          message: `goroutine ${s.curg.id} waited ${maxStall} ms for something that is not a Go runtime operation (a JavaScript timer or promise?): use time.sleep, channels and select`,
        });
      }
      lastSteps = s.steps;
    }, maxStall / 2);
    const s = new Sched(config, (exit) => {
      hostClearInterval(stall);
      Math.random = saved.random;
      console.log = saved.log;
      setRace(null);
      resolve(raceResult(result(s, exit), detector, config));
    });
    setSched(s);
    const detector = config.race
      ? new Detector(config.mapFrame, (text) => config.onOutput?.(text))
      : null;
    setRace(detector);
    // fmt invents addresses (%p, channels) in order of first use: start over.
    resetAddresses();
    // Inside a run, Math.random follows the seed and console.log prints to
    // the program's output, so a seed reproduces everything it prints.
    Math.random = () => s.userRand.float64();
    console.log = (...args: unknown[]) => {
      if (sched === s) write(`${consoleFormat(...args)}\n`);
    };
    startMain(s, main);
  });
}

// With the race detector: the races found, and Go's ending for them.
function raceResult(
  r: RunResult,
  d: Detector | null,
  config: SchedConfig,
): RunResult {
  r.races = d === null ? [] : d.reports;
  if (d !== null && d.found > 0 && r.exitCode === 0) {
    config.onOutput?.(d.summary());
    r.exitCode = 66;
  }
  return r;
}

// `locate` is defined on the result by runReplaying and relocate.
function result(s: Sched, exit: Exit): RunResult {
  const error = runError(s, exit);
  const r = {
    seed: s.config.seed,
    exitCode: exit.kind === "ok" ? 0 : 2,
    stdout: s.out.join(""),
    error,
    elapsed: s.now,
    leaked: s.leaked.map((g) => goroutineInfo(s, g)),
    trace: s.trace ?? [],
    traceTruncated: s.traceTruncated,
    steps: s.steps,
    peakGoroutines: s.peakGoroutines,
    locations: s.config.locations,
  } as RunResult;
  // A result travels through promises: an own `then` (not enumerable, so
  // the result stays plain data) keeps a program that set
  // `Object.prototype.then` from choosing what the embedder receives.
  Object.defineProperty(r, "then", { value: undefined, enumerable: false });
  return r;
}

function goroutineInfo(
  s: Sched,
  g: G,
  running = false,
  stack?: string,
): GoroutineInfo {
  const frames = userFrames(stack ?? g.parkStack, s.config.mapFrame);
  const created = userFrames(g.createStack, s.config.mapFrame)[0];
  return {
    id: g.id,
    waitReason: running
      ? "running"
      : g.status === Grunnable
        ? "runnable"
        : g.waitReason,
    location: frames[0] === undefined ? null : location(frames[0]),
    frames,
    createdBy:
      g.parent === 0
        ? null
        : {
            goroutine: g.parent,
            location: created === undefined ? null : location(created),
          },
  };
}

function location(f: Frame): Location {
  return { file: f.file, line: f.line, column: f.column };
}

// Go's dump of one goroutine: header, frames, and where it was created.
function dump(s: Sched, g: G, info: GoroutineInfo): string {
  let out = `goroutine ${info.id} [${info.waitReason}]:\n${formatFrames(info.frames)}`;
  const created = userFrames(g.createStack, s.config.mapFrame)[0];
  if (info.createdBy !== null && created !== undefined) {
    out += `created by ${funcName(created.fn)} in goroutine ${info.createdBy.goroutine}\n\t${created.file}:${created.line}:${created.column}\n`;
  }
  return out;
}

function runError(s: Sched, exit: Exit): RunError | null {
  switch (exit.kind) {
    case "ok":
      return null;
    case "limit":
      return { kind: "limit", message: exit.message, goroutines: [] };
    case "deadlock": {
      const goroutines: GoroutineInfo[] = [];
      let text = "fatal error: all goroutines are asleep - deadlock!\n";
      let g = s.allg;
      for (; g !== null && goroutines.length < maxDumpGoroutines; g = g.next) {
        const info = goroutineInfo(s, g);
        goroutines.push(info);
        text += `\n${dump(s, g, info)}`;
      }
      // Like Go's traceback limits, a dump stops somewhere: thousands of
      // identical waiters say no more than the first hundred.
      const more = s.ngoroutine - goroutines.length;
      if (more > 0)
        text += `\n… and ${more.toLocaleString("en-US")} more goroutine${more === 1 ? "" : "s"}\n`;
      return { kind: "deadlock", message: text, goroutines, omitted: more };
    }
    case "fatal": {
      const goroutines =
        exit.g === null ? [] : [goroutineInfo(s, exit.g, true, exit.stack)];
      let text = `fatal error: ${exit.message}\n`;
      if (exit.g !== null) text += `\n${dump(s, exit.g, goroutines[0]!)}`;
      return { kind: "fatal", message: text, goroutines };
    }
    case "panic": {
      const err = exit.err;
      // A sender woken by close panics where it waited, not where close ran.
      const stack =
        err instanceof Error && !atParkedSend.has(err)
          ? (errorStack(err) ?? exit.g.parkStack)
          : exit.g.parkStack;
      const info = goroutineInfo(s, exit.g, true, stack);
      const value = err instanceof GoPanic ? err.value : err;
      return {
        kind: "panic",
        message: `panic: ${panicText(err)}\n\n${dump(s, exit.g, info)}`,
        goroutines: [info],
        value,
      };
    }
  }
}

// What follows "panic: ": Go prints an error's message and any other value
// as %v would; a JavaScript exception other than a plain Error keeps its
// name (TypeError: …) because that is what tells the learner what went wrong.
function panicText(err: unknown): string {
  // A program may throw anything, even an object whose getters throw:
  // describing it must never fail, or the run would never report.
  try {
    if (err instanceof GoPanic || err instanceof RuntimeError)
      return err.message;
    if (err instanceof Error) {
      const plain = err.name === "Error" || err.name === "";
      return plain
        ? String(err.message)
        : `${String(err.name)}: ${String(err.message)}`;
    }
    return sprint(err);
  } catch {
    return "(a thrown value that cannot be printed)";
  }
}
