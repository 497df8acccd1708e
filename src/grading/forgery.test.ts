import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { deepEqual, gradeChecks, show } from "./grade.ts";
import type { Check } from "./testing.ts";
import type { CheckResult } from "./protocol.ts";

/**
 * A grade cannot be forged by changing the built-ins under the grader: each
 * wrong solution below also replaces something the grader might call
 * (a global binding, a prototype method, a method of the value it
 * returns). The realm is not locked here (the sandbox's lockdown is tested
 * in ../client/grading/harden.test.ts and end to end): the grader must hold
 * with its own primordials alone. Every attack is undone before vitest's
 * own assertions run.
 */

const exercisesDir = fileURLToPath(new URL("../../content/exercises/", import.meta.url));
const g = globalThis as Record<string, unknown>;

async function checksOf(slug: string): Promise<(learner: unknown) => Check[]> {
  return (
    (await import(pathToFileURL(path.join(exercisesDir, slug, "checks.ts")).href)) as {
      default: (learner: unknown) => Check[];
    }
  ).default;
}

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

async function gradeWith(
  slug: string,
  learner: Record<string, unknown>,
  seeds = 2,
): Promise<CheckResult[]> {
  return gradeChecks((await checksOf(slug))(learner), { seeds });
}

describe("a wrong solution that changes the built-ins under the grader still fails", () => {
  for (const [name, attack] of attacks) {
    it(`parallel sum: ${name}`, async () => {
      const p = patcher();
      let results: CheckResult[];
      try {
        results = await gradeWith("parallel-sum", {
          async sum() {
            attack(p);
            return -1;
          },
        });
      } finally {
        p.restore();
      }
      const adds = results.filter((r) => r.name.includes("adds up the list"));
      expect(adds.length).toBeGreaterThan(0);
      expect(adds.filter((r) => r.pass)).toEqual([]);
    });

    it(`hello workers: ${name}`, async () => {
      const p = patcher();
      let results: CheckResult[];
      try {
        results = await gradeWith("hello-workers", {
          async helloWorkers(n: number) {
            attack(p);
            return Array.from({ length: n }, () => "goodbye");
          },
        });
      } finally {
        p.restore();
      }
      const order = results.filter((r) => r.name.includes("in order"));
      expect(order.length).toBeGreaterThan(0);
      expect(order.filter((r) => r.pass)).toEqual([]);
    });
  }
});

describe("a value returned to the grader cannot compare itself", () => {
  it("an array with its own every, length and iterator", async () => {
    const results = await gradeWith("hello-workers", {
      async helloWorkers(n: number) {
        const xs: string[] = Array.from({ length: n }, () => "goodbye");
        Object.assign(xs, {
          every: always,
          some: always,
          [Symbol.iterator]: function* () {
            for (let i = 0; i < n; i++) yield `hello from worker ${i}`;
          },
        });
        return xs;
      },
    });
    const order = results.filter((r) => r.name.includes("in order"));
    expect(order.filter((r) => r.pass)).toEqual([]);
  });
});

describe("deep equality reads values, not their methods", () => {
  it("an array, Map or Set cannot bring its own every, has or get", () => {
    const xs = Object.assign(["goodbye"], { every: always, length: 1 });
    expect(deepEqual(xs, ["hello"])).toBe(false);
    const m = Object.assign(new Map([["a", 1]]), { has: always, get: () => 2 });
    expect(deepEqual(m, new Map([["a", 2]]))).toBe(false);
    const s = Object.assign(new Set([1]), { has: always });
    expect(deepEqual(s, new Set([2]))).toBe(false);
  });

  it("a look-alike with another prototype is not equal", () => {
    const fake = Object.create({ length: 2 }) as unknown;
    expect(deepEqual(fake, [1, 2])).toBe(false);
    expect(deepEqual(new Proxy([1], {}), [1])).toBe(true); // what it holds is what is compared
  });
});

describe("a value in a check's message is cut to size", () => {
  it("a ten-million-character string and a million-element array", () => {
    const long = show("A".repeat(1e7));
    expect(long.length).toBeLessThan(1100);
    expect(long).toMatch(/more characters cut\]$/);
    const many = show(Array.from({ length: 1e6 }, (_, i) => i));
    expect(many.length).toBeLessThan(1100);
    expect(many).toMatch(/^\[0 1 2 .* and 999936 more\]$/);
  });
});

describe("checks own their data", () => {
  it("parallel sum: emptying the list it was given and returning 0 fails", async () => {
    const results = await gradeWith("parallel-sum", {
      async sum(xs: number[]) {
        xs.length = 0;
        return 0;
      },
    });
    const adds = results.filter(
      (r) => r.name.includes("adds up the list") && !r.name.includes("[]"),
    );
    expect(adds.length).toBeGreaterThan(0);
    expect(adds.filter((r) => r.pass)).toEqual([]);
  });

  it("parallel sum: changing the list in place to match its answer fails", async () => {
    const results = await gradeWith("parallel-sum", {
      async sum(xs: number[]) {
        xs.fill(0);
        xs.push(7);
        return 7;
      },
    });
    expect(results.filter((r) => r.name.includes("adds up the list") && r.pass)).toEqual([]);
  });
});
