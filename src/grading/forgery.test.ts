import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
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
const projectDir = fileURLToPath(new URL("../../", import.meta.url));
const attacksScript = fileURLToPath(new URL("./forgery-attacks.ts", import.meta.url));
async function checksOf(slug: string): Promise<(learner: unknown) => Check[]> {
  return (
    (await import(pathToFileURL(path.join(exercisesDir, slug, "checks.ts")).href)) as {
      default: (learner: unknown) => Check[];
    }
  ).default;
}

const always = () => true;

async function gradeWith(
  slug: string,
  learner: Record<string, unknown>,
  seeds = 2,
): Promise<CheckResult[]> {
  return gradeChecks((await checksOf(slug))(learner), { seeds });
}

describe("a wrong solution that changes the built-ins under the grader still fails", () => {
  // Each attack replaces a built-in the whole realm shares; while a grading
  // awaits, the test runner's own messaging would run on it too. So the
  // attacks run in a process of their own (forgery-attacks.ts), which
  // reports every verdict as one line of JSON.
  const verdicts = (() => {
    const bundle = path.join(mkdtempSync(path.join(tmpdir(), "forgery-")), "attacks.mjs");
    buildSync({
      entryPoints: [attacksScript],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: bundle,
      tsconfig: path.join(projectDir, "tsconfig.json"),
      logLevel: "error",
    });
    const child = spawnSync(process.execPath, [bundle], {
      cwd: projectDir,
      encoding: "utf8",
      timeout: 120_000,
    });
    if (child.status !== 0) throw new Error(`forgery-attacks.ts failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Record<
      string,
      Record<string, { checked: number; passed: string[] }>
    >;
  })();

  for (const exercise of ["parallel-sum", "hello-workers"]) {
    it(`${exercise}: every attack is graded, and no attacked check passes`, () => {
      const attacks = Object.entries(verdicts[exercise] ?? {});
      expect(attacks.length).toBeGreaterThanOrEqual(12);
      for (const [attack, { checked, passed }] of attacks) {
        expect(checked, `${attack}: the checks it aims at ran`).toBeGreaterThan(0);
        expect(passed, `${attack}: checks that passed`).toEqual([]);
      }
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
