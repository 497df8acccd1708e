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
  // Graded: every check has its line, or the grader was stopped and says so.
  await expect
    .poll(
      async () =>
        (await results.innerText()).includes("shares the work") ||
        (await page.locator("main").innerText()).includes("stopped"),
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0, { timeout: 30_000 });
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
];

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
