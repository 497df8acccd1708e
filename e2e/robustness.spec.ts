import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * A page that cannot be knocked over: whatever a program panics with,
 * prints, strands or compiles, the page stays responsive (no task on its
 * thread longer than a second), says what it cut, and the next Run works.
 */

const lesson = "goroutines/go-statement/";
const exampleId = "lessons/goroutines/go-statement";

function example(page: Page): Locator {
  return page.locator("figure[data-example]").first();
}

function output(page: Page): Locator {
  return example(page).getByRole("region", { name: "Output" });
}

const program = (body: string) =>
  `import { chan, go } from "go";\nimport * as fmt from "go/fmt";\n\nexport async function main() {\n${body}\n}\n`;

/** Loads the lesson with `code` as the learner's saved code, and starts timing the page's thread. */
async function open(page: Page, code: string): Promise<void> {
  await page.goto(lesson);
  await page.evaluate(
    ([key, text]) => {
      localStorage.clear();
      localStorage.setItem(key, text);
    },
    [`concurrency-tour:code:${exampleId}`, code],
  );
  await page.reload();
  await example(page).locator(".monaco-editor .view-lines").waitFor();
  // The longest the page's thread went without running a 50 ms timer.
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
}

async function run(page: Page, timeout = 60_000): Promise<string> {
  await example(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(output(page)).toContainText(/Program exited|Program stopped|Build failed/, {
    timeout,
  });
  return (await output(page).locator("[data-output]").innerText()).trim();
}

async function longestGap(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
}

/** Replaces the code with a small program and runs it: the playground still works. */
async function nextRunWorks(page: Page): Promise<void> {
  // Focus the editor's input directly: after a long output the Output and
  // the example's bar may lie over the middle of the editor's lines.
  await example(page)
    .locator(".monaco-editor")
    .locator("textarea, .native-edit-context")
    .first()
    .focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(program('  fmt.println("still here");'));
  const text = await run(page);
  expect(text).toContain("still here");
  expect(text).toContain("Program exited.");
}

test.describe.configure({ timeout: 90_000 });

test("a panic of a hundred million characters is cut, and the page stays responsive", async ({
  page,
}) => {
  await open(page, program('  throw new Error("A".repeat(1e8));'));
  const text = await run(page);
  expect(text).toMatch(/^panic: A{2041}… \[99,997,959 more characters cut\]/);
  expect(text.length).toBeLessThan(10_000);
  expect(text).toContain("Program exited: status 2.");
  expect(await longestGap(page)).toBeLessThan(1000);
  await nextRunWorks(page);
});

test("a print of ten million characters is cut before it reaches the page", async ({ page }) => {
  await open(page, program('  fmt.println("B".repeat(1e7));'));
  const text = await run(page);
  // The runtime stops at the run's limit (1 MB on the site); the runner cuts
  // whatever would go past it before posting.
  expect(text.length).toBeLessThan(1_100_000);
  expect(text).toMatch(/output limit of 1000000 bytes|more characters of output cut/);
  // Laying out the megabyte the page allows, as one line, is the page's
  // own work: it may take more than a second on a busy two-core machine.
  expect(await longestGap(page)).toBeLessThan(2500);
  await nextRunWorks(page);
});

const strand = (n: number) =>
  program(
    `  const c = chan<number>();\n  for (let i = 0; i < ${n}; i++) go(async () => { await c.send(i); });\n  await chan<number>().recv();`,
  );

test("a deadlock of 2,000 goroutines lists 100 of them, then how many more", async ({ page }) => {
  await open(page, strand(2000));
  const text = await run(page);
  expect(text).toContain("fatal error: all goroutines are asleep - deadlock!");
  expect(text).toContain("… and 1,901 more goroutines");
  expect(text.match(/^goroutine \d+ \[/gm)?.length).toBe(100);
  expect(await output(page).locator("a.source-link").count()).toBeLessThan(250);
  expect(await longestGap(page)).toBeLessThan(1000);
});

test("a deadlock of 20,000 goroutines does not knock the page over", async ({ page }) => {
  await open(page, strand(20_000));
  const text = await run(page);
  // Reported with the dump cut to 100 goroutines, or (on a slow machine,
  // where building the runtime's dump takes longer) stopped by the watchdog.
  expect(text).toMatch(/… and 19,901 more goroutines|ran longer than 5 s and was stopped/);
  expect(text.length).toBeLessThan(70_000);
  expect(await output(page).locator("a.source-link").count()).toBeLessThan(250);
  expect(await longestGap(page)).toBeLessThan(1000);
  await nextRunWorks(page);
});

test("20,000 nested parentheses fail to compile with a clear message, and the next Run works", async ({
  page,
}) => {
  const deep = `${"(".repeat(20_000)}1${")".repeat(20_000)}`;
  await open(page, program(`  fmt.println(${deep});`));
  const text = await run(page);
  expect(text).toContain("Build failed");
  expect(text).toMatch(/the (compiler|type checker) failed on this program/);
  expect(text).not.toContain("Program exited");
  expect(await longestGap(page)).toBeLessThan(1000);
  await nextRunWorks(page);
});

test("a program cannot start workers of its own", async ({ page }) => {
  await open(
    page,
    program(
      '  const g = globalThis as any;\n  fmt.println("Worker is", typeof g.Worker);\n  if (g.Worker) new g.Worker(g.URL.createObjectURL(new g.Blob(["for (;;) {}"])));',
    ),
  );
  const text = await run(page);
  expect(text).toContain("Worker is undefined");
  expect(text).toContain("Program exited.");
});

test("Error.prepareStackTrace cannot be set, and the next panic is reported at once", async ({
  page,
}) => {
  await open(
    page,
    program(
      '  try {\n    (Error as any).prepareStackTrace = () => { throw new Error("no stacks for you"); };\n  } catch (e) {\n    fmt.println("refused:", (e as Error).name);\n  }\n  try {\n    Object.defineProperty(Error, "prepareStackTrace", { value: () => { throw new Error("no"); } });\n  } catch (e) {\n    fmt.println("refused:", (e as Error).name);\n  }\n  throw new Error("boom");',
    ),
  );
  const text = await run(page);
  expect(text).toContain("refused: TypeError\nrefused: TypeError");
  expect(text).not.toContain("stopped");
  expect(text).toContain("panic: boom");
  expect(text).toContain("Program exited: status 2.");
});

test("a module that exports then does not choose which main runs", async ({ page }) => {
  await open(
    page,
    `import * as fmt from "go/fmt";\n\nexport function then(resolve: (m: unknown) => void) {\n  resolve({ main: async () => fmt.println("hijacked") });\n}\n\nexport async function main() {\n  fmt.println("the real main");\n}\n`,
  );
  const text = await run(page);
  expect(text).toContain("the real main");
  expect(text).not.toContain("hijacked");
});

test("built-ins look the same to every run: frozen, whether graded or not", async ({ page }) => {
  await open(
    page,
    program(
      '  fmt.println(Object.isFrozen(Array.prototype), Object.isFrozen(Object));\n  try {\n    (globalThis as any).Object = {};\n  } catch (e) {\n    fmt.println("refused:", (e as Error).name);\n  }',
    ),
  );
  const text = await run(page);
  expect(text).toContain("true true\nrefused: TypeError");
});
