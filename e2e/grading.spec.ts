import { expect, type Page, test } from "@playwright/test";

/**
 * The verdict is honest: whatever the learner's code does to the worker it
 * runs in, a wrong solution is never reported as passing. Each program below
 * is a wrong `sum` (it adds sequentially, so "shares the work" must fail)
 * plus one attempt to fool the grader.
 */

const exercise = "channels/parallel-sum/";

/** Puts `code` in the learner's saved code, as if typed, and loads the page with it. */
async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const source = document.querySelector("[data-exercise-source]")!.textContent!;
    const { codeId } = JSON.parse(source) as { codeId: string };
    localStorage.setItem(`concurrency-tour:code:${codeId}`, text);
  }, code);
  await page.reload();
  await page.locator(".monaco-editor .view-lines").first().waitFor();
}

async function check(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Check", exact: true }).click();
  const results = page.getByRole("list", { name: "Test results" });
  // Graded: every check has its line, or the program did not load (one
  // failing line says so), or the grader was stopped and says so.
  await expect
    .poll(
      async () =>
        /shares the work|the program loads/.test(await results.innerText()) ||
        (await page.locator("main").innerText()).includes("stopped"),
      {
        timeout: 60_000,
      },
    )
    .toBe(true);
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0, { timeout: 60_000 });
  return results.getByRole("listitem").allInnerTexts();
}

const wrongSum = `
export async function sum(xs: number[], k: number): Promise<number> {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}
`;

const attacks: [string, string][] = [
  [
    "overrides globals the grader might use",
    `const g = globalThis as any;
g.expect = () => ({ toBe() {}, toEqual() {} });
g.console = { log() {} };
g.Promise = class { then(ok: any) { ok(); } };
try { (Array.prototype as any).some = () => true; } catch {}
try { (Array.prototype as any).every = () => true; } catch {}
try { (Object as any).is = () => true; } catch {}
try { (JSON as any).stringify = () => "{}"; } catch {}`,
  ],
  [
    "posts fake verdicts",
    `const g = globalThis as any;
for (let id = 0; id < 5; id++) {
  g.postMessage({ type: "graded", id, results: [{ name: "shares the work among goroutines", pass: true, message: "", seed: null, seeds: 20 }] });
  g.postMessage({ type: "check", id, result: { name: "shares the work among goroutines", pass: true, message: "", seed: null, seeds: 20 } });
}`,
  ],
  [
    "throws odd values",
    `export const trap = { get message(): string { throw new Error("gotcha"); } };
const g = globalThis as any;
g.__throwNull = true;`,
  ],
  [
    "reaches for the grader's internals",
    `const g = globalThis as any;
try { g.__goModules = {}; } catch {}
try { g.__goModules["go/run"] = { run: async () => ({ exitCode: 0, error: null, leaked: [], peakGoroutines: 9 }) }; } catch {}
try { Object.defineProperty(g, "__goModules", { value: {} }); } catch {}`,
  ],
  [
    "replaces the global bindings of the built-ins",
    `const g = globalThis as any;
const lie = () => true;
for (const [name, value] of [
  ["Object", { ...Object, is: lie, keys: () => [], hasOwn: lie, getPrototypeOf: () => null }],
  ["JSON", { stringify: () => "{}", parse: lie }],
  ["Reflect", { ...Reflect, apply: lie, getPrototypeOf: () => null }],
  ["Number", lie],
  ["String", () => ""],
  ["Array", { isArray: lie, from: Array.from }],
] as [string, unknown][]) {
  try { g[name] = value; } catch {}
  try { Object.defineProperty(g, name, { value }); } catch {}
}
try { Array.isArray = lie as any; } catch {}
for (const k of ["slice", "trimEnd", "indexOf", "startsWith"])
  try { (String.prototype as any)[k] = () => ""; } catch {}`,
  ],
  [
    "makes every object a promise",
    `try { (Object.prototype as any).then = (ok: any) => ok({ value: 55, error: null, leaked: [], peakGoroutines: 5 }); } catch {}
try { (Promise.prototype as any).then = function (ok: any) { ok(undefined); }; } catch {}
try { Object.defineProperty(Object.prototype, "constructor", { get: () => undefined }); } catch {}`,
  ],
  [
    "patches the runtime's own objects",
    `import { chan } from "go";
import * as time from "go/time";
const seen = new Set<unknown>();
function poison(o: any, depth: number) {
  if (o === null || (typeof o !== "object" && typeof o !== "function") || seen.has(o) || depth > 4) return;
  seen.add(o);
  for (const k of Reflect.ownKeys(o)) {
    let v: any;
    try { v = o[k]; } catch { continue; }
    if (typeof v === "function" && /exit|peak|leak|run|park|ready/i.test(String(k)))
      try { o[k] = () => {}; } catch {}
    poison(v, depth + 1);
  }
  poison(Object.getPrototypeOf(o), depth + 1);
}
try { poison(chan<number>(), 0); poison(time.after(1), 0); } catch {}`,
  ],
  [
    "exports then, to choose what the checks receive",
    `import { chan, go } from "go";
// A right answer, offered through then(): the checks must not take it.
export function then(resolve: (m: unknown) => void) {
  resolve({
    async sum(xs: number[], k: number) {
      const partials = chan<number>();
      for (let i = 0; i < k; i++) {
        const part = xs.slice(Math.floor((i * xs.length) / k), Math.floor(((i + 1) * xs.length) / k));
        go(async () => partials.send(part.reduce((a, b) => a + b, 0)));
      }
      let total = 0;
      for (let i = 0; i < k; i++) total += await partials.recv();
      return total;
    },
  });
}`,
  ],
];

// Grading runs every check under 20 seeds: on a busy machine that takes a while.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.goto(exercise);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

for (const [name, attack] of attacks) {
  test(`a wrong solution that ${name} still fails`, async ({ page }) => {
    await setCode(page, `${attack}\n${wrongSum}`);
    const items = await check(page);
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((t) => t.includes("FAIL"))).toBe(true);
    await expect(page.getByText("exercise done", { exact: false })).toHaveCount(0);
  });
}

test("a solution that throws null or an unprintable object fails honestly", async ({ page }) => {
  await setCode(
    page,
    `export async function sum(xs: number[], k: number): Promise<number> {
  if (xs.length > 50) throw { get message(): string { throw new Error("gotcha"); } };
  throw null;
}`,
  );
  const items = await check(page);
  expect(items.length).toBeGreaterThan(1);
  expect(items.every((t) => t.includes("FAIL"))).toBe(true);
});

test("a program that ends its worker early gets a failing verdict", async ({ page }) => {
  test.setTimeout(60_000);
  await setCode(page, `(globalThis as any).close();\n${wrongSum}`);
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.locator("main")).toContainText(/stopped|FAIL/, { timeout: 30_000 });
  await expect(page.getByText("exercise done", { exact: false })).toHaveCount(0);
});

test("the page never shows the hidden checks", async ({ page }) => {
  const html = await page.content();
  expect(html).not.toContain("atMostGoroutines");
  expect(html).not.toContain("peakGoroutines");
});

test("a sum that empties the list it is given and returns 0 fails", async ({ page }) => {
  await setCode(
    page,
    `export async function sum(xs: number[], k: number): Promise<number> {
  xs.length = 0;
  return 0;
}`,
  );
  const items = await check(page);
  const adds = items.filter((t) => t.includes("adds up the list") && !t.includes("sum([],"));
  expect(adds.length).toBeGreaterThan(0);
  expect(adds.every((t) => t.includes("FAIL"))).toBe(true);
  await expect(page.getByText("exercise done", { exact: false })).toHaveCount(0);
});

test("a huge return value or panic is cut in the results, and the page stays responsive", async ({
  page,
}) => {
  await setCode(
    page,
    `export async function sum(xs: number[], k: number): Promise<number> {
  if (xs.length === 10) return "A".repeat(1e7) as any;
  throw new Error("B".repeat(1e8));
}`,
  );
  // A first Check loads the compiler, the sandbox and the checks; the
  // second is timed: the longest the page's thread went without running a
  // 50 ms timer, while the sandbox produced and posted those values.
  await check(page);
  await page.evaluate(() => {
    const w = window as unknown as { longestGap: number };
    w.longestGap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestGap = Math.max(w.longestGap, now - last - 50);
      last = now;
    }, 50);
  });
  const items = await check(page);
  const text = items.join("\n");
  expect(text.length).toBeLessThan(200_000);
  expect(text).toContain("more characters cut]");
  expect(items.every((t) => t.includes("FAIL"))).toBe(true);
  expect(
    await page.evaluate(() => (window as unknown as { longestGap: number }).longestGap),
  ).toBeLessThan(1000);
});

test("a Check of 20,000 nested parentheses fails with a clear message, and the next Check works", async ({
  page,
}) => {
  const deep = `${"(".repeat(20_000)}0${")".repeat(20_000)}`;
  await setCode(
    page,
    `export async function sum(xs: number[], k: number): Promise<number> {\n  return ${deep};\n}\n`,
  );
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.locator("main")).toContainText(
    /the (compiler|type checker) failed on this program/,
    { timeout: 90_000 },
  );
  await expect(page.getByText("exercise done", { exact: false })).toHaveCount(0);
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(wrongSum);
  const items = await check(page);
  expect(items.some((t) => t.includes("shares the work") && t.includes("FAIL"))).toBe(true);
});
