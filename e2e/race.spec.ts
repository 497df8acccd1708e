import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * The Race checkbox: the racy lesson example reports its race with the
 * learner's lines when Race is ticked, and runs as before when it is not.
 */

const lesson = "sync/races/";

function example(page: Page): Locator {
  return page.locator("figure[data-example]").first();
}

function output(page: Page): Locator {
  return example(page).getByRole("region", { name: "Output" });
}

async function run(page: Page): Promise<string> {
  await example(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(output(page)).toContainText(/Program exited|Program stopped|Build failed/, {
    timeout: 90_000,
  });
  return (await output(page).locator("[data-output]").innerText()).trim();
}

async function setCode(page: Page, code: string): Promise<void> {
  await example(page).locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

// The first race build loads the instrumenter beside esbuild: give it time on a busy machine.
test.setTimeout(120_000);

test.beforeEach(async ({ page }) => {
  await page.goto(lesson);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test("without Race the racy example just runs", async ({ page }) => {
  const race = example(page).getByRole("checkbox", { name: "Race" });
  await expect(race).not.toBeChecked();
  const text = await run(page);
  expect(text).toContain("day 5:");
  expect(text).not.toContain("DATA RACE");
  expect(text).toContain("Program exited.");
});

test("with Race the report names the learner's lines and the run exits with 66", async ({
  page,
}) => {
  await example(page).getByRole("checkbox", { name: "Race" }).check();
  const text = await run(page);
  expect(text).toContain("WARNING: DATA RACE");
  expect(text).toMatch(/(Read|Write) at balance by goroutine \d+:/);
  expect(text).toContain("main.day.deposit()");
  expect(text).toContain("race.ts:10:21");
  expect(text).toContain("race.ts:14:5");
  expect(text).toContain("day 5:");
  expect(text).toContain("Found 2 data race(s)");
  expect(text).toContain("Program exited: status 66.");
  // Each place in a report is a link to the line in the editor.
  await expect(output(page).getByRole("link", { name: "race.ts:10:21" }).first()).toBeVisible();
});

test("100,000 racing accesses: one report, and the page stays responsive", async ({ page }) => {
  await setCode(
    page,
    [
      'import * as sync from "go/sync";',
      "",
      "export async function main() {",
      "  let n = 0;",
      "  const wg = new sync.WaitGroup();",
      "  for (let g = 0; g < 2; g++)",
      "    wg.go(() => {",
      "      for (let i = 0; i < 50000; i++) n++;",
      "    });",
      "  await wg.wait();",
      "  console.log(n);",
      "}",
      "",
    ].join("\n"),
  );
  await example(page).getByRole("checkbox", { name: "Race" }).check();
  const text = await run(page);
  expect(text.match(/WARNING: DATA RACE/g)).toHaveLength(1);
  expect(text).toContain("100000");
  expect(text).toContain("Found 1 data race(s)");
  await expect(example(page).getByRole("button", { name: "Run", exact: true })).toBeEnabled();
});

test("an exercise's Run has Race too: off, the program just runs; on, the report and status 66", async ({
  page,
}) => {
  await page.goto("goroutines/hello-workers/");
  const bench = page.locator("[data-exercise]");
  const out = bench.getByRole("region", { name: "Output" });
  // A click on the code loads the editor, unless the browser's idle time already has
  // (then the code's pre is gone, and the next pre.shiki is the hidden solution's).
  await bench
    .locator("[data-code] pre.shiki")
    .click({ timeout: 5_000 })
    .catch(() => {});
  const lines = bench.locator(".monaco-editor .view-lines");
  await expect(lines).toContainText("import", { timeout: 30_000 });
  await lines.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(
    [
      'import * as sync from "go/sync";',
      "",
      "export async function main() {",
      "  let n = 0;",
      "  const wg = new sync.WaitGroup();",
      "  wg.go(() => { n++; });",
      "  wg.go(() => { n++; });",
      "  await wg.wait();",
      '  console.log("n is", n);',
      "}",
      "",
    ].join("\n"),
  );
  const runButton = bench.getByRole("button", { name: "Run", exact: true });
  const race = bench.getByRole("checkbox", { name: "Race" });
  await expect(race).not.toBeChecked();
  await runButton.click();
  await expect(out).toContainText("Program exited.", { timeout: 90_000 });
  await expect(out).toContainText("n is 2");
  await expect(out).not.toContainText("DATA RACE");

  await race.check();
  await runButton.click();
  await expect(out).toContainText("Program exited: status 66.", { timeout: 90_000 });
  const text = await out.innerText();
  expect(text).toContain("WARNING: DATA RACE");
  expect(text).toMatch(/(Read|Write) at n by goroutine \d+:/);
  expect(text).toMatch(/\.ts:[67]:\d+/);
  expect(text).toContain("Found 1 data race(s)");
});
