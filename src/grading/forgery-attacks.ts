// The attacks of forgery.test.ts, run in a process of their own (the test
// spawns it): each wrong solution replaces a built-in the grader might call
// (a global binding, a prototype method), in the realm it shares with
// everything else in the process. Every attack is undone after its grading;
// the verdicts go out as one line of JSON, written with functions taken
// before any attack ran. The test bundles it with esbuild (which resolves
// the `go` and `tour/testing` names as the project's tsconfig says) and runs
// the bundle with node.
import helloWorkersChecks from "../../content/exercises/hello-workers/checks.ts";
import parallelSumChecks from "../../content/exercises/parallel-sum/checks.ts";
import { gradeChecks } from "./grade.ts";
import type { CheckResult } from "./protocol.ts";
import type { Check } from "./testing.ts";

const write = process.stdout.write.bind(process.stdout);
const stringify = JSON.stringify;
const g = globalThis as Record<string, unknown>;

/** Replaces `key` of `target` with `value` until restore() is called. */
function patcher() {
  const undo: (() => void)[] = [];
  return {
    set(target: object, key: PropertyKey, value: unknown) {
      const before = Object.getOwnPropertyDescriptor(target, key);
      undo.push(() =>
        before === undefined
          ? delete (target as Record<PropertyKey, unknown>)[key]
          : Object.defineProperty(target, key, before),
      );
      Object.defineProperty(target, key, { value, writable: true, configurable: true });
    },
    restore() {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
      undo.length = 0;
    },
  };
}

const always = () => true;
// A stand-in for each namespace the grader uses, with every method lying.
const lyingObject = {
  ...Object.fromEntries(Object.getOwnPropertyNames(Object).map((k) => [k, (Object as never)[k]])),
  is: always,
  keys: () => [],
  hasOwn: always,
  getPrototypeOf: () => null,
};

type Attack = (p: ReturnType<typeof patcher>) => void;

const attacks: [string, Attack][] = [
  ["replaces globalThis.Object", (p) => p.set(g, "Object", lyingObject)],
  ["replaces Object.is", (p) => p.set(Object, "is", always)],
  ["replaces globalThis.JSON", (p) => p.set(g, "JSON", { stringify: () => '"ok"', parse: always })],
  [
    "replaces globalThis.Reflect",
    (p) => p.set(g, "Reflect", { ...Reflect, apply: always, getPrototypeOf: () => null }),
  ],
  ["replaces Array.isArray", (p) => p.set(Array, "isArray", () => false)],
  [
    "replaces Array.prototype methods",
    (p) => {
      for (const k of ["every", "some", "map", "join", "push", "includes"])
        p.set(Array.prototype, k, () => true);
    },
  ],
  [
    "replaces String.prototype methods",
    (p) => {
      for (const k of ["slice", "trimEnd", "indexOf", "includes", "startsWith", "toString"])
        p.set(String.prototype, k, () => "");
    },
  ],
  ["replaces globalThis.Number", (p) => p.set(g, "Number", () => 0)],
  ["replaces globalThis.String", (p) => p.set(g, "String", () => "")],
  [
    "replaces Map and Set methods",
    (p) => {
      for (const proto of [Map.prototype, Set.prototype]) {
        p.set(proto, "has", always);
        p.set(proto, "get", always);
      }
    },
  ],
  [
    "replaces Function.prototype.call, apply and bind",
    (p) => {
      for (const k of ["call", "apply", "bind"]) p.set(Function.prototype, k, always);
    },
  ],
  ["replaces globalThis.Error", (p) => p.set(g, "Error", class {})],
];

/** A wrong answer for each exercise, and the checks it must fail. */
const targets: Record<
  string,
  {
    make: (learner: never) => Check[];
    learner: (attack: () => void) => Record<string, unknown>;
    aimsAt: string;
  }
> = {
  "parallel-sum": {
    make: parallelSumChecks as (learner: never) => Check[],
    learner: (attack) => ({
      async sum() {
        attack();
        return -1;
      },
    }),
    aimsAt: "adds up the list",
  },
  "hello-workers": {
    make: helloWorkersChecks as (learner: never) => Check[],
    learner: (attack) => ({
      async helloWorkers(n: number) {
        attack();
        return Array.from({ length: n }, () => "goodbye");
      },
    }),
    aimsAt: "in order",
  },
};

const verdicts: Record<string, Record<string, { checked: number; passed: string[] }>> = {};
for (const [slug, { make, learner, aimsAt }] of Object.entries(targets)) {
  verdicts[slug] = {};
  for (const [name, attack] of attacks) {
    process.stderr.write(`${slug}: ${name}\n`);
    const p = patcher();
    let results: CheckResult[];
    try {
      results = await gradeChecks(make(learner(() => attack(p)) as never), { seeds: 2 });
    } finally {
      p.restore();
    }
    const aimed = results.filter((r) => r.name.includes(aimsAt));
    verdicts[slug][name] = {
      checked: aimed.length,
      passed: aimed.filter((r) => r.pass).map((r) => r.name),
    };
  }
}
write(`${stringify(verdicts)}\n`);
