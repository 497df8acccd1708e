// The API exercise authors write hidden checks with (content/exercises/*/checks.ts),
// in the spirit of `go test`: named checks, each a function of a `T` that
// runs the learner's code on a fresh runtime with the check's seed, on
// virtual time, and says what is wrong in Go's words.
//
//   import { checks } from "tour/testing";
//   import type * as Exercise from "./solution.ts";
//
//   export default checks<typeof Exercise>((learner) => [
//     {
//       name: "same reports equal trees",
//       async run(t) {
//         const r = await t.run(() => learner.same(tree(1), tree(1)));
//         t.noDeadlock(r);
//         t.equal(r.value, true, "same(tree(1), tree(1))");
//         t.noLeaks(r, "same");
//       },
//     },
//   ]);
//
// A check runs under many seeds (20 by default); it fails at the first seed
// whose run breaks an assertion, and the learner can replay that seed.
//
// Checks own their data. The learner's code may keep, change or empty
// anything it is handed (`xs.length = 0; return 0`), so a check hands it a
// copy (`copy(xs)`) or a value built inside the run, and computes what it
// expects from its own data, never from what it passed in.
import type { RunOptions, RunResult } from "go/run";
import {
  ArrayIsArray,
  ArrayPrototype,
  MapPrototype,
  MapPrototypeForEach,
  MapPrototypeGet,
  MapPrototypeSet,
  NewMap,
  NewSet,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectPrototype,
  ReflectGetPrototypeOf,
  SetPrototype,
  SetPrototypeAdd,
  SetPrototypeForEach,
} from "./primordials.ts";

/** One program run inside a check: the run's result, and what the function returned. */
export interface CheckRun<V> extends RunResult {
  /** What the function returned (undefined if it did not return). */
  value: V | undefined;
  /** Most goroutines alive at once during the run, main included. */
  peakGoroutines: number;
}

/** What a check gets: runs on the check's seed, and assertions that stop it with Go-style messages. */
export interface T {
  /** The seed this attempt runs under. */
  readonly seed: number;
  /**
   * Runs `fn` as the main goroutine of a fresh program with this check's
   * seed (and `options`), and resolves to how it went and what `fn` returned.
   */
  run<V>(
    fn: () => V | PromiseLike<V>,
    options?: Omit<RunOptions, "seed">,
  ): Promise<CheckRun<Awaited<V>>>;
  /** Fails the check with this message: Go's t.Fatalf. */
  fatal(message: string): never;
  /** Fails unless `got` deeply equals `want`: "`what` = got, want want". */
  equal<V>(got: V, want: V, what: string): void;
  /** Fails unless `condition` holds. */
  assert(condition: boolean, message: string): void;
  /** Fails if the run panicked, deadlocked or hit a limit, quoting what Go would print. */
  noDeadlock(r: RunResult): void;
  /**
   * Fails if the run found a data race, quoting the first report as `go run
   * -race` prints it. Only for a run made with `t.run(fn, { race: true })`;
   * the site then compiles the learner's code for the race detector.
   */
  noRace(r: RunResult): void;
  /** Fails if goroutines were still alive when `fn` returned, naming where they wait. */
  noLeaks(r: RunResult, fnName: string): void;
  /** Fails if the run took more than `budget` nanoseconds of virtual time. */
  within(r: RunResult, budget: number, what: string): void;
  /** Fails if more than `k` goroutines (main included) were alive at once. */
  atMostGoroutines(r: CheckRun<unknown>, k: number): void;
}

/** A hidden check: a name the learner sees, and the test. */
export interface Check {
  name: string;
  /** Seeds to try (default 20). Use 1 for checks that do not depend on the schedule. */
  seeds?: number;
  run(t: T): Promise<void>;
}

/** Declares an exercise's checks, given the learner's module. */
export function checks<M>(make: (learner: M) => Check[]): (learner: M) => Check[] {
  return make;
}

/**
 * A deep copy of a check's data, to hand to the learner: arrays, plain
 * objects, Maps and Sets are copied all the way down (cycles and shared
 * parts kept as they are); anything else (numbers, strings, functions,
 * channels, class instances) is handed over as itself.
 */
export function copy<V>(value: V): V {
  return copyInto(value, new NewMap()) as V;
}

function copyInto(v: unknown, seen: Map<unknown, unknown>): unknown {
  if (typeof v !== "object" || v === null) return v;
  const proto = ReflectGetPrototypeOf(v);
  const plain = proto === ObjectPrototype || proto === null;
  if (!(proto === ArrayPrototype || plain || proto === MapPrototype || proto === SetPrototype)) {
    return v;
  }
  const done = MapPrototypeGet(seen, v);
  if (done !== undefined) return done;
  if (proto === ArrayPrototype && ArrayIsArray(v)) {
    const out: unknown[] = [];
    MapPrototypeSet(seen, v, out);
    out.length = v.length;
    for (let i = 0; i < v.length; i++) out[i] = copyInto(v[i], seen);
    return out;
  }
  if (proto === MapPrototype) {
    const out = new NewMap<unknown, unknown>();
    MapPrototypeSet(seen, v, out);
    MapPrototypeForEach(v as Map<unknown, unknown>, (x, k) =>
      MapPrototypeSet(out, k, copyInto(x, seen)),
    );
    return out;
  }
  if (proto === SetPrototype) {
    const out = new NewSet<unknown>();
    MapPrototypeSet(seen, v, out);
    SetPrototypeForEach(v as Set<unknown>, (x) => SetPrototypeAdd(out, copyInto(x, seen)));
    return out;
  }
  const out = ObjectCreate(proto) as Record<string, unknown>;
  MapPrototypeSet(seen, v, out);
  const keys = ObjectKeys(v);
  for (let i = 0; i < keys.length; i++) {
    // Defined, not assigned: a key named "__proto__" stays a key.
    ObjectDefineProperty(out, keys[i]!, {
      value: copyInto((v as Record<string, unknown>)[keys[i]!], seen),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}
