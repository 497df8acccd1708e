// The grading engine: runs an exercise's checks (testing.ts) against a
// learner's module, each under several seeds, stopping a check at its first
// failing seed. The same engine grades in the browser's sandbox and in the
// test suite that checks every exercise's solution and starter.
import { sprint } from "go/fmt";
import { run, type RunOptions, type RunResult } from "go/run";
import { wait } from "go/synctest";
import * as time from "go/time";
import type { CheckResult } from "./protocol.ts";
import type { Check, CheckRun, T } from "./testing.ts";

/** How many seeds a check runs under unless it says otherwise. */
export const defaultSeeds = 20;

/** A failed assertion: stops the check, carrying the learner-facing message. */
class Failure {
  constructor(readonly message: string) {}
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
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}

/** Runs one check under its seeds (1, 2, 3, …), stopping at the first failure. */
export async function gradeCheck(check: Check, options: GradeOptions = {}): Promise<CheckResult> {
  const seeds = check.seeds ?? options.seeds ?? defaultSeeds;
  for (let seed = 1; seed <= seeds; seed++) {
    const message = await attempt(check, seed, options.runOptions ?? {});
    if (message !== null) return { name: check.name, pass: false, message, seed, seeds: seed };
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
    return e instanceof Failure ? e.message : `the check stopped with ${describeThrown(e)}`;
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
          // still blocked afterwards count as left running.
          await wait();
        },
        { trace: false, ...runOptions, ...options, seed },
      );
      onRun?.(r);
      const result = { ...r, value } as CheckRun<Awaited<V>>;
      if ((options.race ?? runOptions.race) === true) raceRuns.add(result);
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
      if (r.error !== null) t.fatal(r.error.message.trimEnd());
    },
    noRace(r: RunResult) {
      if (!raceRuns.has(r))
        throw new Error("t.noRace needs a run made with t.run(fn, { race: true })");
      const n = r.races.length;
      if (n === 0) return;
      const more = n > 1 ? `\n(and ${n - 1} more data race${n > 2 ? "s" : ""})` : "";
      t.fatal(`${r.races[0]!.text.trimEnd()}${more}`);
    },
    noLeaks(r: RunResult, fnName: string) {
      if (r.leaked.length === 0) return;
      const n = r.leaked.length;
      const lines = r.leaked.map((g) => {
        const at =
          g.location === null
            ? ""
            : ` at ${g.location.file}:${g.location.line}:${g.location.column}`;
        return `\n\tgoroutine ${g.id} [${g.waitReason}]${at}`;
      });
      t.fatal(
        `${fnName} returned with ${n} goroutine${n === 1 ? "" : "s"} still running:${lines.join("")}`,
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

function show(v: unknown): string {
  try {
    return typeof v === "string" ? JSON.stringify(v) : sprint(v);
  } catch {
    return "<a value that cannot be printed>";
  }
}

/** Describes anything a program may throw, even null or an object whose getters throw. */
export function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name === "Error" ? "error" : e.name}: ${String(e.message)}`;
    return `a thrown ${e === null ? "null" : typeof e}: ${sprint(e)}`;
  } catch {
    return "a thrown value that cannot be printed";
  }
}

/** Deep equality for what exercises return: primitives, arrays, plain objects, Maps and Sets. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  if (a instanceof Map) {
    const bb = b as Map<unknown, unknown>;
    return a.size === bb.size && [...a].every(([k, v]) => bb.has(k) && deepEqual(v, bb.get(k)));
  }
  if (a instanceof Set) {
    const bb = b as Set<unknown>;
    return a.size === bb.size && [...a].every((x) => bb.has(x));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
