import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Frame, type Main, run } from "go/run";
import { describe, expect, it } from "vitest";
import { gradeChecks } from "../../grading/grade.ts";
import type { Check } from "../../grading/testing.ts";
import { expectedOutputFile } from "../../mdx/example-files.ts";
import { exampleSeed, shownOutput } from "../../tour/shown-output.ts";
import { lockdown } from "./harden.ts";

// This file runs in a realm of its own (vitest gives each test file one),
// locked as the sandbox locks its worker before a program loads. The test
// runner swaps timers, so their global bindings stay writable here.
const started = performance.now();
lockdown([]);
const lockdownMs = performance.now() - started;

const g = globalThis as Record<string, unknown>;
const root = fileURLToPath(new URL("../../../", import.meta.url));

function throws(f: () => void): boolean {
  try {
    f();
    return false;
  } catch (e) {
    return e instanceof TypeError;
  }
}

describe("a locked realm", () => {
  it("locks quickly", () => {
    // Measured on the 2-core development machine: a few milliseconds.
    expect(lockdownMs).toBeLessThan(200);
  });

  it("refuses new global bindings for the built-ins and changes to them", () => {
    const attempts: [string, () => void][] = [
      ["globalThis.Object", () => (g.Object = { is: () => true })],
      ["globalThis.JSON", () => (g.JSON = {})],
      ["globalThis.Reflect", () => (g.Reflect = {})],
      ["globalThis.Promise", () => (g.Promise = class {})],
      ["Array.isArray", () => ((Array as { isArray: unknown }).isArray = () => true)],
      ["Object.is", () => ((Object as { is: unknown }).is = () => true)],
      ["Array.prototype.every", () => ((Array.prototype as { every: unknown }).every = () => true)],
      ["String.prototype.slice", () => ((String.prototype as { slice: unknown }).slice = () => "")],
      [
        "Number.prototype.toString",
        () => ((Number.prototype as { toString: unknown }).toString = () => ""),
      ],
      ["Object.prototype.then", () => ((Object.prototype as { then?: unknown }).then = () => {})],
      ["Promise.prototype.then", () => ((Promise.prototype as { then: unknown }).then = () => {})],
      ["Math.floor", () => ((Math as { floor: unknown }).floor = () => 0)],
      ["Math.extra", () => ((Math as unknown as Record<string, unknown>).extra = 1)],
      [
        "Error.prepareStackTrace",
        () =>
          ((Error as { prepareStackTrace?: unknown }).prepareStackTrace = () => {
            throw new Error("no");
          }),
      ],
      [
        "Error.captureStackTrace",
        () => ((Error as { captureStackTrace: unknown }).captureStackTrace = () => {}),
      ],
      [
        "Symbol.asyncIterator",
        () => ((Symbol as { asyncIterator: unknown }).asyncIterator = Symbol()),
      ],
      [
        "the array iterator's next",
        () =>
          ((Object.getPrototypeOf([][Symbol.iterator]()) as { next: unknown }).next = () => ({
            done: true,
          })),
      ],
      ["Map.prototype.has", () => ((Map.prototype as { has: unknown }).has = () => true)],
      ["delete JSON.stringify", () => delete (JSON as { stringify?: unknown }).stringify],
    ];
    for (const [what, attempt] of attempts) expect(throws(attempt), what).toBe(true);
    expect(Object.isFrozen(Array.prototype)).toBe(true);
  });

  it("leaves writable what the runtime sets during a run", () => {
    const saved = { random: Math.random, now: Date.now, limit: Error.stackTraceLimit };
    Math.random = () => 0.5;
    Date.now = () => 7;
    Error.stackTraceLimit = 3;
    expect([Math.random(), Date.now(), Error.stackTraceLimit]).toEqual([0.5, 7, 3]);
    Math.random = saved.random;
    Date.now = saved.now;
    Error.stackTraceLimit = saved.limit;
  });

  it("still lets a program shadow what a frozen prototype has", () => {
    class NotFound extends Error {
      constructor() {
        super("not found");
        this.name = "NotFound";
      }
    }
    expect(String(new NotFound())).toBe("NotFound: not found");
    const o: { toString?: () => string } = {};
    o.toString = () => "mine";
    expect(`${o as object}`).toBe("mine");
    expect(({} as object).toString()).toBe("[object Object]");
  });
});

const lessonsDir = path.join(root, "content/lessons");
const examples = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) =>
    readdirSync(path.join(lessonsDir, e.name))
      .filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))
      .map((n) => path.join(lessonsDir, e.name, n)),
  )
  // A lesson being written may not have its output yet: examples.test.ts says so.
  .filter((f) => existsSync(expectedOutputFile(f)));

describe("every lesson example in a locked realm", () => {
  it.each(examples.map((f) => [path.relative(lessonsDir, f), f]))(
    "%s prints its expected output",
    { timeout: 60_000 },
    async (_name, file) => {
      const program = (await import(pathToFileURL(file!).href)) as { main: Main };
      const mapFrame = (frame: Frame) =>
        frame.file.split("?")[0] === file ? { ...frame, file: path.basename(file!) } : null;
      const result = await run(program.main, {
        seed: exampleSeed,
        mapFrame,
        replay: async () =>
          ((await import(`${pathToFileURL(file!).href}?replay`)) as { main: Main }).main,
      } as Parameters<typeof run>[1]);
      expect(shownOutput(result)).toBe(readFileSync(expectedOutputFile(file!), "utf8"));
    },
  );
});

const exercisesDir = path.join(root, "content/exercises");
const exercises = readdirSync(exercisesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

async function checksOf(slug: string): Promise<(learner: unknown) => Check[]> {
  const m = (await import(pathToFileURL(path.join(exercisesDir, slug, "checks.ts")).href)) as {
    default: (learner: unknown) => Check[];
  };
  return m.default;
}

describe("grading in a locked realm", () => {
  it.each(exercises)("%s: the solution passes every check", { timeout: 120_000 }, async (slug) => {
    const learner = await import(pathToFileURL(path.join(exercisesDir, slug, "solution.ts")).href);
    const results = await gradeChecks((await checksOf(slug))(learner), { seeds: 10 });
    expect(results.filter((r) => !r.pass)).toEqual([]);
  });
});
