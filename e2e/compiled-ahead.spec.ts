import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * The build compiles every example and every exercise's starter ahead
 * (src/build/precompile.ts): Run or Check on the code as shown goes straight
 * to the sandbox, and the browser's compiler (a worker and esbuild's 14 MB of
 * wasm) is needed only once the learner edits. Here the compiler cannot be
 * fetched at all, and the code as shown runs and is graded all the same.
 */

const compiler = /\/compiler\.worker[^/]*\.js$|\.wasm$/;

/** Makes the compiler unreachable (its worker's script and esbuild's wasm); returns what was asked for. */
async function withoutCompiler(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.context().route(compiler, (route) => {
    refused.push(new URL(route.request().url()).pathname);
    return route.abort();
  });
  return refused;
}

function exampleOf(page: Page, id: string): Locator {
  return page.locator(`figure[data-example="${id}"]`);
}

async function run(figure: Locator): Promise<string> {
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  const output = figure.getByRole("region", { name: "Output" });
  await expect(output).toContainText(/Program exited|Program stopped|Build failed/, {
    timeout: 30_000,
  });
  return (await output.locator("[data-output]").innerText()).trim();
}

/** Replaces the code in the example's editor, loading the editor first. */
async function setCode(page: Page, figure: Locator, code: string): Promise<void> {
  await figure
    .locator(".example-code pre")
    .click({ timeout: 5_000 })
    .catch(() => {});
  await figure.locator(".monaco-editor").locator("textarea, .native-edit-context").first().focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

test.beforeEach(async ({ page }) => {
  await page.goto("goroutines/go-statement/");
  await page.evaluate(() => localStorage.clear());
});

test("the example as shown runs without the compiler", async ({ page }) => {
  await withoutCompiler(page);
  await page.goto("goroutines/go-statement/");
  const figure = exampleOf(page, "lessons/goroutines/go-statement");
  expect(await run(figure)).toBe(
    "main sees value = 2\ngoroutine sees value = 1\n\nProgram exited.",
  );
});

test("an edited example is compiled in the browser", async ({ page }) => {
  test.setTimeout(90_000);
  const fetched: string[] = [];
  page.context().on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("goroutines/go-statement/");
  const figure = exampleOf(page, "lessons/goroutines/go-statement");
  await setCode(
    page,
    figure,
    'import * as fmt from "go/fmt";\n\nexport async function main() {\n  fmt.println("edited", 6 * 7);\n}\n',
  );
  expect(await run(figure)).toBe("edited 42\n\nProgram exited.");
  // The compiler's worker and esbuild's wasm (fetched by the worker).
  expect(fetched.filter((p) => compiler.test(p))).toHaveLength(2);
});

test("a deadlock in an example as shown names its file, line and column", async ({ page }) => {
  await withoutCompiler(page);
  await page.goto("channels/buffered/");
  const figure = exampleOf(page, "lessons/channels/buffered-deadlock");
  const text = await run(figure);
  expect(text).toContain("fatal error: all goroutines are asleep - deadlock!");
  expect(text).toContain("buffered-deadlock.ts:21:19");
  expect(text).toContain("Program exited: status 2.");
  // The dump's place is a link into the code.
  await expect(
    figure.locator("a.source-link", { hasText: "buffered-deadlock.ts:21:19" }),
  ).toBeVisible();
});

test("Race on the example as shown runs its race build, without the compiler", async ({ page }) => {
  await withoutCompiler(page);
  await page.goto("goroutines/loop-variable/");
  const figure = exampleOf(page, "lessons/goroutines/loop-variable");
  await figure.getByRole("checkbox", { name: "Race" }).check();
  const text = await run(figure);
  expect(text).toContain("WARNING: DATA RACE");
  expect(text).toContain("loop-variable.ts:");
  expect(text).toContain("Program exited: status 66.");
});

test("Check of an exercise's starter needs no compiler; of edited code, it does", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const refused = await withoutCompiler(page);
  // Its checks look for data races: the starter was compiled for the race detector.
  await page.goto("goroutines/hello-workers/");
  const results = page.getByRole("list", { name: "Test results" });
  const status = page.locator("[data-exercise]").getByRole("status");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(status).toContainText(/checks failed/, { timeout: 60_000 });
  await expect(results.getByRole("listitem").first()).toContainText(
    "len(helloWorkers(1)) = 0, want 1",
  );

  // Edited code needs the compiler, here unreachable: Check says so, and grades nothing.
  // The editor, unless idle time has brought it already.
  await page
    .locator("[data-exercise] [data-code] pre")
    .click({ timeout: 5_000 })
    .catch(() => {});
  await page
    .locator("[data-exercise] .monaco-editor")
    .locator("textarea, .native-edit-context")
    .first()
    .focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n// an edit\n");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(status).toContainText(/does not build|could not run/, { timeout: 60_000 });
  expect(refused.length).toBeGreaterThan(0);
});
