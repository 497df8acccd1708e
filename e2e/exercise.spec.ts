import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * An exercise page as a learner uses it: hints one at a time, Check and its
 * Test results, Replay, Show solution, Reset, progress that survives a reload
 * and travels as a file, and hidden checks that stay off the page.
 */

const exercise = "goroutines/hello-workers/";
const exerciseId = "hello-workers";
const folder = new URL("../content/exercises/hello-workers/", import.meta.url);
const solution = readFileSync(new URL("solution.ts", folder), "utf8");
const checksSource = readFileSync(new URL("checks.ts", folder), "utf8");
const codeKey = "concurrency-tour:code:exercises/hello-workers";

/** The checks of hello-workers/checks.ts, in their order. */
const checkNames = [
  "returns 1 greeting in order for n = 1",
  "returns 5 greetings in order for n = 5",
  "returns 100 greetings in order for n = 100",
  "leaves no goroutine running when it returns",
  "starts one goroutine per worker",
  "runs the workers at the same time",
  "has no data race: each worker writes only its own place",
];

const workbench = (page: Page): Locator => page.locator("[data-exercise]");
const results = (page: Page): Locator => page.getByRole("list", { name: "Test results" });
const output = (page: Page): Locator => page.getByRole("region", { name: "Output" });
const editorLines = (page: Page): Locator => workbench(page).locator(".monaco-editor .view-lines");

/** Replaces the editor's code, as pasting would. */
async function setCode(page: Page, code: string): Promise<void> {
  await editorLines(page).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** Presses Check and waits for the verdict: every check listed, or the build's failure. */
async function check(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(workbench(page).getByRole("status")).toContainText(
    /checks passed|checks failed|does not build/,
    { timeout: 60_000 },
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto(exercise);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test("shows the task, its difficulty and the starter code, and never the hidden checks", async ({
  page,
  request,
}) => {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello from N workers");
  await expect(page.getByText("Difficulty:")).toContainText("easy");
  // The page as served: no check's code, name or message is in it.
  const html = await (await request.get(exercise)).text();
  for (const secret of [
    "expectGreetings",
    "leaves no goroutine running when it returns",
    "peakGoroutines",
    "tour/testing",
  ]) {
    expect(checksSource).toContain(secret);
    expect(html, secret).not.toContain(secret);
  }
  expect(html).toContain("wg.wait()"); // the solution is on the page, hidden until asked for
  await expect(page.getByText("await wg.wait();")).toBeHidden();
});

test("hints are revealed one at a time, and a reload keeps them", async ({ page }) => {
  const hints = page.getByRole("region", { name: "Hints" });
  const shown = hints.getByRole("listitem");
  const button = hints.getByRole("button", { name: "Show a hint" });
  await expect(shown).toHaveCount(0);
  await button.click();
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toContainText("place of its own");
  await expect(hints.getByRole("status")).toHaveText("Hint 1 of 3.");
  await button.click();
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(1)).toContainText("sync.WaitGroup");
  await page.reload();
  await expect(shown).toHaveCount(2);
  await button.click();
  await expect(shown).toHaveCount(3);
  // The last hint was shown: the button goes, and the keyboard's focus moves to that hint.
  await expect(button).toHaveCount(0);
  await expect(shown.nth(2)).toBeFocused();
  await expect(hints.getByRole("status")).toContainText("that was the last one");
});

test("the starter fails: each check in order, with its seed and a Replay button", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await check(page);
  const items = results(page).getByRole("listitem");
  await expect(items).toHaveCount(checkNames.length);
  for (const [i, name] of checkNames.entries()) {
    await expect(items.nth(i)).toContainText(name);
    await expect(items.nth(i)).toContainText(/PASS|FAIL/);
  }
  const first = items.first();
  await expect(first).toContainText("FAIL");
  await expect(first).toContainText("len(helloWorkers(1)) = 0, want 1");
  await expect(first).toContainText("seed 1");
  await expect(items.nth(3)).toContainText("goroutine");
  await expect(items.nth(3)).toContainText("[sleep] at workers.ts:");
  await expect(workbench(page).getByRole("status")).toContainText(
    new RegExp(`\\d of ${checkNames.length} checks failed`),
  );

  await first.getByRole("button", { name: "Replay seed 1" }).click();
  await expect(output(page)).toContainText("Timeline", { timeout: 30_000 });
  await expect(output(page)).toContainText(
    "--- FAIL: returns 1 greeting in order for n = 1 (seed 1)",
  );
  await expect(output(page)).toContainText("starts goroutine 2");
  await expect(output(page)).toContainText("blocks [sleep]");
  // The learner's program only: not the runtime (g0) nor the grader's own wait.
  await expect(output(page)).not.toContainText(/\bg0\b|synctest/);
  await expect(output(page).locator("pre")).toBeFocused();
});

test("a type error is a build failure that names the line, and no check runs", async ({ page }) => {
  test.setTimeout(60_000);
  await setCode(
    page,
    'export async function helloWorkers(n: number): Promise<string[]> {\n  const x: number = "one";\n  return [];\n}\n',
  );
  await check(page);
  await expect(output(page)).toContainText(
    /workers\.ts:2:\d+: Type 'string' is not assignable to type 'number'/,
  );
  await expect(output(page)).toContainText("Build failed");
  await expect(results(page)).toBeHidden();
});

test("Show solution asks first, then shows the solution below your code without replacing it", async ({
  page,
}) => {
  const mine = "// my own attempt\nexport async function helloWorkers() {}\n";
  await setCode(page, mine);
  const solutionPanel = workbench(page).locator("[data-solution]");
  const button = page.getByRole("button", { name: "Show solution" });

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await button.click();
  expect(asked).toContain("Show the reference solution?");
  await expect(solutionPanel).toBeHidden();

  page.once("dialog", (dialog) => void dialog.accept());
  await button.click();
  await expect(solutionPanel).toBeVisible();
  await expect(solutionPanel).toContainText("Reference solution");
  await expect(solutionPanel.locator("pre")).toContainText("await wg.wait();");
  await expect(page.getByRole("button", { name: "Hide solution" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  // The learner's code is still theirs, in the editor and in storage.
  await expect(editorLines(page)).toContainText("my own attempt");
  await expect(editorLines(page)).not.toContainText("wg.wait");
  await page.waitForTimeout(600); // edits are saved after a short pause
  expect(await page.evaluate((key) => localStorage.getItem(key), codeKey)).toBe(mine);
});

test("code survives a reload, and Reset restores the starter after asking", async ({ page }) => {
  await setCode(page, "// kept across reloads\n");
  await page.waitForTimeout(600);
  await page.reload();
  await expect(editorLines(page)).toContainText("kept across reloads");

  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(editorLines(page)).toContainText("kept across reloads");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(workbench(page).getByRole("status")).toContainText("Restored the starter code");
  await expect(editorLines(page)).toContainText("export async function helloWorkers");
  await page.reload();
  await expect(editorLines(page)).toContainText("TODO: wait for the workers");
  expect(await page.evaluate((key) => localStorage.getItem(key), codeKey)).toBeNull();
});

test("passing every check marks the exercise done, here, in the contents and on the home page", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setCode(page, solution);
  await check(page);
  const items = results(page).getByRole("listitem");
  await expect(items).toHaveCount(checkNames.length);
  await expect(items.filter({ hasText: "FAIL" })).toHaveCount(0);
  await expect(workbench(page).getByRole("status")).toHaveText(
    `All ${checkNames.length} checks passed: exercise done!`,
  );
  await expect(page.getByText("Done", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByText("Done", { exact: true })).toBeVisible();
  await page.locator("summary", { hasText: "Contents" }).click();
  const drawer = page.getByRole("navigation", { name: "Table of contents" });
  await expect(drawer.getByRole("link", { name: /Hello from N workers/ })).toHaveAccessibleName(
    /\(done\)$/,
  );

  await page.goto("");
  const contents = page.getByRole("region", { name: "Contents" });
  await expect(contents.getByRole("link", { name: /Hello from N workers/ })).toHaveAccessibleName(
    /\(done\)$/,
  );
});

test("progress exports to a file and imports back; a bad file changes nothing", async ({
  page,
}, testInfo) => {
  await page.goto("goroutines/waitgroup/");
  await page.evaluate(
    ([id, key]) => {
      localStorage.setItem("concurrency-tour:done", JSON.stringify([id]));
      localStorage.setItem(key, "// saved work\n");
    },
    [exerciseId, codeKey],
  );
  await page.goto("");
  const contents = page.getByRole("region", { name: "Contents" });
  const lessonLink = contents.getByRole("link", { name: /Waiting for goroutines/ });
  const exerciseLink = contents.getByRole("link", { name: /Hello from N workers/ });
  await expect(exerciseLink).toHaveAccessibleName(/\(done\)$/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^concurrency-tour-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = testInfo.outputPath("progress.json");
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  expect(exported).toMatchObject({
    format: "concurrency-tour-progress",
    visited: ["goroutines/waitgroup/"],
    done: [exerciseId],
    code: { "exercises/hello-workers": "// saved work\n" },
  });
  const status = page.locator("[data-progress-transfer]").getByRole("status");
  await expect(status).toContainText("Exported: 1 lesson opened, 1 exercise done");

  // A fresh browser: nothing is marked.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(exerciseLink).not.toHaveAccessibleName(/\(done\)/);

  const importFile = async (files: Parameters<Locator["setInputFiles"]>[0]) => {
    const choosing = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import progress" }).click();
    await (await choosing).setFiles(files);
  };

  await importFile({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await expect(status).toHaveText(
    "This file cannot be imported: it is not a progress file exported from this tour. Nothing was changed.",
  );
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await importFile(file);
  await expect(status).toContainText("Imported progress.json: 1 lesson opened, 1 exercise done");
  await expect(exerciseLink).toHaveAccessibleName(/\(done\)$/);
  await expect(lessonLink).toHaveAccessibleName(/\(visited\)$/);
  await page.goto(exercise);
  await expect(editorLines(page)).toContainText("saved work");
});

test("axe finds no violations with hints, results and the solution shown", async ({ page }) => {
  test.setTimeout(90_000);
  await page.getByRole("button", { name: "Show a hint" }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Show solution" }).click();
  await check(page);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const found = await new AxeBuilder({ page }).analyze();
    expect(found.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the task and the starter code are there, and the buttons that need scripts are not", async ({
    page,
  }) => {
    await page.goto(exercise);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(workbench(page).locator("[data-code] pre.shiki")).toContainText(
      "TODO: wait for the workers",
    );
    await expect(page.getByRole("button", { name: "Check" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Show a hint" })).toBeHidden();
    await expect(page.getByText("Editing and checking your code need JavaScript.")).toBeVisible();
  });
});
