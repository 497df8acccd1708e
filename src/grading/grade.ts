// The grading engine: runs an exercise's checks (testing.ts) against a
// learner's module, each under several seeds, stopping a check at its first
// failing seed. The same engine grades in the browser's sandbox and in the
// test suite that checks every exercise's solution and starter.
import { sprint } from "go/fmt";
import { run, type RunOptions, type RunResult, untraceGoroutine } from "go/run";
import { wait } from "go/synctest";
import * as time from "go/time";
import { clipMessage, clipQuoted, clipText, textLimits } from "./clip.ts";
import {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  MapPrototype,
  MapPrototypeForEach,
  MapPrototypeGet,
  MapPrototypeGetSize,
  MapPrototypeHas,
  NativeError,
  ObjectHasOwn,
  ObjectIs,
  ObjectKeys,
  ReflectGetPrototypeOf,
  SetPrototype,
  SetPrototypeForEach,
  SetPrototypeGetSize,
  SetPrototypeHas,
  StringCtor,
  StringPrototypeSlice,
  StringPrototypeTrimEnd,
  WeakSetPrototypeAdd,
  WeakSetPrototypeHas,
} from "./primordials.ts";
import type { CheckResult } from "./protocol.ts";
import type { Check, CheckRun, T } from "./testing.ts";

// Everything below calls built-ins only through primordials.ts, taken before
// any learner code loads, and avoids spreading arrays and `for…of` (which
// would call iterators a program can replace).

/** How many seeds a check runs under unless it says otherwise. */
export const defaultSeeds = 20;

/** A failed assertion: stops the check, carrying the learner-facing message. */
class Failure {
  // A private brand: `#brand in e` cannot be faked by a Proxy or a prototype.
  readonly #brand = true;
  constructor(readonly message: string) {}
  static is(e: unknown): e is Failure {
    return typeof e === "object" && e !== null && #brand in e;
  }
}
/** Options for grading: the seeds, and what every run inside a check gets. */
export interface GradeOptions {
  /** Seeds per check (default 20; a check's own `seeds` wins). */
  seeds?: number;
  /** Passed to every run: the source-map hook, output streaming, tracing. */
  runOptions?: Omit<RunOptions, "seed">;
  /** Called as each check finishes. */
  onResult?: (result: CheckResult) => void;
}

/** Grades every check in order. */
export async function gradeChecks(
  list: readonly Check[],
  options: GradeOptions = {},
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of list) {
    const result = await gradeCheck(check, options);
    ArrayPrototypePush(results, result);
    options.onResult?.(result);
  }
  return results;
}

/** Runs one check under its seeds (1, 2, 3, …), stopping at the first failure. */
export async function gradeCheck(check: Check, options: GradeOptions = {}): Promise<CheckResult> {
  const seeds = check.seeds ?? options.seeds ?? defaultSeeds;
  for (let seed = 1; seed <= seeds; seed++) {
    const runOptions = options.runOptions ?? {};
    let unlocated = false;
    const message = await attempt(check, seed, runOptions, (r) => {
      if (!r.locations && (r.leaked.length > 0 || (r.error !== null && r.error.kind !== "limit")))
        unlocated = true;
    });
    if (message !== null) {
      // Runs go without source locations (run() never calls a program twice
      // on its own). When a dump or a leak lacks them, the failing seed runs
      // once more with them on, so that the message names the learner's
      // lines. Grading already calls the learner's code once per seed; if
      // this run does not fail, the first message stands.
      const located =
        unlocated && runOptions.locations !== false
          ? await attempt(check, seed, { ...runOptions, locations: true })
          : null;
      return { name: check.name, pass: false, message: located ?? message, seed, seeds: seed };
    }
  }
  return { name: check.name, pass: true, message: "", seed: null, seeds };
}

/** Runs a check once under `seed`; returns why it failed, or null. */
export async function attempt(
  check: Check,
  seed: number,
  runOptions: Omit<RunOptions, "seed">,
  onRun?: (r: RunResult) => void,
): Promise<string | null> {
  try {
    await check.run(makeT(seed, runOptions, onRun));
    return null;
  } catch (e) {
    return Failure.is(e) ? e.message : `the check stopped with ${describeThrown(e)}`;
  }
}

// The runs made with the race detector on: only their results can vouch for no race.
const raceRuns = new WeakSet<object>();

function makeT(
  seed: number,
  runOptions: Omit<RunOptions, "seed">,
  onRun?: (r: RunResult) => void,
): T {
  const t: T = {
    seed,
    async run<V>(fn: () => V | PromiseLike<V>, options: Omit<RunOptions, "seed"> = {}) {
      let value: Awaited<V> | undefined;
      const r = await run(
        async () => {
          value = await fn();
          // Let goroutines that are about to finish do so: only those
          // still blocked afterwards count as left running. The wait is the
          // grader's, not the learner's: a replay's timeline leaves it out.
          untraceGoroutine();
          await wait();
        },
        { trace: false, ...runOptions, ...options, seed },
      );
      onRun?.(r);
      const result = { ...r, value } as CheckRun<Awaited<V>>;
      if ((options.race ?? runOptions.race) === true) WeakSetPrototypeAdd(raceRuns, result);
      return result;
    },
    fatal(message: string): never {
      throw new Failure(message);
    },
    equal<V>(got: V, want: V, what: string) {
      if (!deepEqual(got, want)) t.fatal(`${what} = ${show(got)}, want ${show(want)}`);
    },
    assert(condition: boolean, message: string) {
      if (!condition) t.fatal(message);
    },
    noDeadlock(r: RunResult) {
      if (r.error !== null) t.fatal(clipMessage(StringPrototypeTrimEnd(r.error.message)));
    },
    noRace(r: RunResult) {
      if (!WeakSetPrototypeHas(raceRuns, r))
        throw new Error("t.noRace needs a run made with t.run(fn, { race: true })");
      const n = r.races.length;
      if (n === 0) return;
      const more = n > 1 ? `\n(and ${n - 1} more data race${n > 2 ? "s" : ""})` : "";
      t.fatal(`${StringPrototypeTrimEnd(r.races[0]!.text)}${more}`);
    },
    noLeaks(r: RunResult, fnName: string) {
      if (r.leaked.length === 0) return;
      const n = r.leaked.length;
      const lines: string[] = [];
      const shown = n > textLimits.goroutines ? textLimits.goroutines : n;
      for (let i = 0; i < shown; i++) {
        const g = r.leaked[i]!;
        const at =
          g.location === null
            ? ""
            : ` at ${g.location.file}:${g.location.line}:${g.location.column}`;
        ArrayPrototypePush(lines, `\n\tgoroutine ${g.id} [${g.waitReason}]${at}`);
      }
      if (shown < n) ArrayPrototypePush(lines, `\n\t… and ${n - shown} more`);
      t.fatal(
        `${fnName} returned with ${n} goroutine${n === 1 ? "" : "s"} still running:${ArrayPrototypeJoin(lines, "")}`,
      );
    },
    within(r: RunResult, budget: number, what: string) {
      if (r.elapsed > budget) {
        t.fatal(
          `${what} took ${time.durationString(r.elapsed)} of virtual time, want at most ${time.durationString(budget)}`,
        );
      }
    },
    atMostGoroutines(r: CheckRun<unknown>, k: number) {
      if (r.peakGoroutines > k) {
        t.fatal(`${r.peakGoroutines} goroutines were alive at once, want at most ${k}`);
      }
    },
  };
  return t;
}

/** A value in a check's message, as Go's %v (a string quoted), cut to a sensible length. */
export function show(v: unknown): string {
  try {
    if (typeof v === "string") return clipQuoted(v, textLimits.value);
    // A long array is printed from its first elements only: printing all of
    // a ten-million-element return value would take the grader seconds.
    if (ArrayIsArray(v) && v.length > 64) {
      const head: unknown[] = [];
      for (let i = 0; i < 64; i++) ArrayPrototypePush(head, v[i]);
      const text = sprint(head);
      return clipText(
        `${StringPrototypeSlice(text, 0, text.length - 1)} … and ${v.length - 64} more]`,
        textLimits.value,
        "",
      );
    }
    return clipText(sprint(v), textLimits.value, "");
  } catch {
    return "<a value that cannot be printed>";
  }
}

/** Describes anything a program may throw, even null or an object whose getters throw. */
export function describeThrown(e: unknown): string {
  try {
    if (e instanceof NativeError) {
      const name = StringCtor(e.name);
      return clipText(
        `${name === "Error" ? "error" : name}: ${StringCtor(e.message)}`,
        textLimits.value,
        "",
      );
    }
    return `a thrown ${e === null ? "null" : typeof e}: ${show(e)}`;
  } catch {
    return "a thrown value that cannot be printed";
  }
}

/** Deep equality for what exercises return: primitives, arrays, plain objects, Maps and Sets. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (ObjectIs(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const proto = ReflectGetPrototypeOf(a);
  if (proto !== ReflectGetPrototypeOf(b)) return false;
  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b)) return false;
    const n = a.length;
    if (n !== b.length) return false;
    for (let i = 0; i < n; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  // The prototype, not instanceof: a Map's own methods cannot be swapped in.
  if (proto === MapPrototype) {
    const ma = a as Map<unknown, unknown>;
    const mb = b as Map<unknown, unknown>;
    if (MapPrototypeGetSize(ma) !== MapPrototypeGetSize(mb)) return false;
    let same = true;
    MapPrototypeForEach(ma, (v, k) => {
      if (same && !(MapPrototypeHas(mb, k) && deepEqual(v, MapPrototypeGet(mb, k)))) same = false;
    });
    return same;
  }
  if (proto === SetPrototype) {
    const sa = a as Set<unknown>;
    const sb = b as Set<unknown>;
    if (SetPrototypeGetSize(sa) !== SetPrototypeGetSize(sb)) return false;
    let same = true;
    SetPrototypeForEach(sa, (x) => {
      if (same && !SetPrototypeHas(sb, x)) same = false;
    });
    return same;
  }
  const ka = ObjectKeys(a);
  const kb = ObjectKeys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (!ObjectHasOwn(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}
