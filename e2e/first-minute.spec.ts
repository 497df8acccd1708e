import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { exercisePaths } from "./tour-content.ts";

/**
 * A learner's first minute on the site, with a mouse, the keyboard alone or a
 * screen reader: the editor lets Tab through, Run answers at once and says
 * what it is doing, nothing typed early is lost, the editor follows the
 * system's theme and passes axe, the Output announces how a run ended and is
 * as tall as its text, and the pages load only what they use.
 */

const lesson = "goroutines/go-statement/";
const exercise = exercisePaths[0]!;

/** The editor's own script: the module that mounts Monaco. */
const editorChunk = /\/_astro\/editor\.[\w-]+\.js$/;

function example(page: Page): Locator {
  return page.locator("figure[data-example]").first();
}

function output(page: Page): Locator {
  return example(page).getByRole("region", { name: "Output" });
}

/** Loads the editor as a click on the code does, and waits until it shows the code. */
async function openEditor(page: Page, root: Locator): Promise<void> {
  // The browser's idle time may have brought the editor already.
  await root
    .locator("pre.shiki")
    .first()
    .click({ timeout: 5_000 })
    .catch(() => {});
  await expect(root.locator(".monaco-editor .view-lines")).toContainText("import", {
    timeout: 30_000,
  });
}

/** Replaces the editor's code, as pasting would. */
async function setCode(page: Page, code: string): Promise<void> {
  await example(page).locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

async function run(page: Page): Promise<void> {
  await example(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(output(page)).toContainText(/Program exited|Program stopped|Build failed/, {
    timeout: 30_000,
  });
}

const inEditor = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest(".monaco-editor") != null);

test.beforeEach(async ({ page }) => {
  // Type checking an edited program starts the editor's TypeScript service: slow on a busy machine.
  test.setTimeout(120_000);
  await page.goto(lesson);
  await page.evaluate(() => localStorage.clear());
});

test("Tab leaves the editor without indenting, a line says so, and Ctrl+M makes Tab indent", async ({
  page,
}) => {
  await page.goto(lesson);
  await openEditor(page, example(page));
  const lines = example(page).locator(".monaco-editor .view-lines");
  const before = await lines.innerText();
  const hint = example(page).locator(".editor-keys");
  await expect(hint).toBeVisible();
  await expect(hint).toContainText("Tab moves to the next control");
  expect(await inEditor(page)).toBe(true);
  await page.keyboard.press("Tab");
  expect(await inEditor(page)).toBe(false);
  expect(await lines.innerText()).toBe(before);

  await openEditor(page, example(page));
  await example(page).locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+M");
  await expect(hint).toContainText("Tab indents");
  await page.keyboard.press("Tab");
  expect(await inEditor(page)).toBe(true);
});

test("on an exercise, Tab goes from the editor on to the Output and Next, in visual order", async ({
  page,
}) => {
  await page.goto(exercise);
  const bench = page.locator("[data-exercise]");
  await openEditor(page, bench);
  const next = page.getByRole("link", { name: "Next", exact: true });
  const seen: { top: number; left: number; name: string }[] = [];
  for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement!;
        const box = el.getBoundingClientRect();
        return {
          top: box.top + scrollY,
          left: box.left,
          name: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ""}`,
        };
      }),
    );
  }
  await expect(next).toBeFocused();
  // Each stop is below the one before, or beside it to its right.
  for (let i = 1; i < seen.length; i++) {
    const [a, b] = [seen[i - 1]!, seen[i]!];
    const onward = b.top > a.top + 4 || (Math.abs(b.top - a.top) <= 4 && b.left > a.left);
    expect(onward, `${a.name} (${a.top}, ${a.left}) then ${b.name} (${b.top}, ${b.left})`).toBe(
      true,
    );
  }
});

test("the first Run says what it is doing, with Run disabled, and needs no editor", async ({
  page,
}) => {
  // The editor never arrives: the example must run all the same.
  await page.route(editorChunk, (route) => route.abort());
  // The example as shown was compiled when the site was built: the Run waits
  // for the sandbox only, held here until the Output has been looked at.
  let release!: () => void;
  const sandboxHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/sandbox-bundle/, async (route) => {
    await sandboxHeld;
    await route.continue();
  });
  await page.goto(lesson);
  const runButton = example(page).getByRole("button", { name: "Run", exact: true });
  await runButton.click();
  await expect(output(page)).toContainText("Starting…");
  await expect(runButton).toBeDisabled();
  release();
  await expect(output(page)).toContainText("Program exited.", { timeout: 30_000 });
  await expect(output(page)).not.toContainText("Compiling…");
  await expect(output(page)).not.toContainText("Starting…");
  await expect(runButton).toBeEnabled();
  await expect(output(page).locator("[data-output]")).toContainText("main sees value = 2");
});

test("what is typed before the editor appears ends up in the editor", async ({ page }) => {
  let release!: () => void;
  const editorHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(editorChunk, async (route) => {
    await editorHeld;
    await route.continue();
  });
  await page.goto(lesson);
  await example(page).locator("pre.shiki").first().click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("// typed early\n");
  release();
  const lines = example(page).locator(".monaco-editor .view-lines");
  await expect(lines).toContainText("typed early", { timeout: 30_000 });
  // The cursor is where the typing left it: more typing goes on from there.
  await page.keyboard.type("// and after");
  await expect(lines.locator(".view-line").first()).toContainText("typed early");
  await expect(lines).toContainText("and after");
  const firstLines = (await lines.innerText()).split("\n").slice(0, 3).join("\n");
  expect(firstLines.replaceAll("\u00a0", " ")).toMatch(/\/\/ typed early\n\/\/ and after/);
});

test("on Auto, the editor turns dark and light with the system", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(lesson);
  await openEditor(page, example(page));
  const background = () =>
    example(page)
      .locator(".monaco-editor .monaco-editor-background")
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(background).toBe("rgb(13, 17, 23)");
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(background).toBe("rgb(255, 255, 255)");
});

test("the Output announces how a run ended, not every line", async ({ page }) => {
  await page.goto(lesson);
  const status = output(page).locator("[aria-live=polite]");
  await run(page);
  await expect(status).toHaveText("Program exited.");
  await openEditor(page, example(page));
  await setCode(
    page,
    'import { chan } from "go";\n\nexport async function main() {\n  const c = chan<number>();\n  await c.send(1);\n}\n',
  );
  await run(page);
  await expect(status).toHaveText(
    "fatal error: all goroutines are asleep - deadlock! Program exited: status 2.",
  );
});

test("the Output is as tall as a long output, with no scrolling of its own", async ({ page }) => {
  await page.goto(lesson);
  await openEditor(page, example(page));
  await setCode(
    page,
    'import * as fmt from "go/fmt";\n\nexport async function main() {\n  for (let i = 0; i < 18; i++) fmt.println("line", i);\n}\n',
  );
  await run(page);
  const text = output(page).locator("[data-output]");
  await expect(text).toContainText("line 17");
  const { scroll, client } = await text.evaluate((el) => ({
    scroll: el.scrollHeight,
    client: el.clientHeight,
  }));
  expect(scroll).toBeLessThanOrEqual(client + 1);
});

test("Reset takes the old error away with the old code", async ({ page }) => {
  await page.goto(lesson);
  await openEditor(page, example(page));
  await setCode(page, "export async function main() {\n  const n: number = 'x';\n}\n");
  await run(page);
  await expect(output(page)).toContainText("Build failed");
  page.once("dialog", (dialog) => void dialog.accept());
  await example(page).getByRole("button", { name: "Reset" }).click();
  await expect(output(page)).not.toContainText("Build failed");
  await expect(output(page).locator("[data-output]")).toHaveText(
    "main sees value = 2\ngoroutine sees value = 1\n",
  );
});

test("a lesson loads the editor's CSS only with the editor", async ({ page }) => {
  const css: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "stylesheet") css.push(r.url());
  });
  await page.goto(lesson, { waitUntil: "load" });
  const linked = await page.evaluate(() =>
    [...document.styleSheets]
      .filter((s) => s.ownerNode instanceof HTMLLinkElement)
      .reduce((n, s) => n + s.cssRules.length, 0),
  );
  expect(css.filter((u) => /editor/.test(u))).toEqual([]);
  // The site's own stylesheets: a few hundred rules, not Monaco's two thousand.
  expect(linked).toBeLessThan(600);
  await openEditor(page, example(page));
  // Monaco is styled: its lines are absolutely positioned by its own rules.
  await expect(example(page).locator(".monaco-editor .view-lines")).toHaveCSS(
    "position",
    "absolute",
  );
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, where, root] of [
    ["a lesson", lesson, "figure[data-example]"],
    ["an exercise", exercise, "[data-exercise]"],
  ] as const) {
    test(`axe finds no violations on ${name} with the editor loaded (${colorScheme})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(where);
      await openEditor(page, page.locator(root).first());
      // Let the tokenizer colour every line before looking.
      await expect(page.locator(".monaco-editor .mtk1").first()).toBeVisible();
      await page.waitForTimeout(500);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.failureSummary?.split("\n").at(-1))
              .join(" | ")})`,
        ),
      ).toEqual([]);
    });
  }
}

test("the site ships Monaco's TypeScript support and no other language", () => {
  const dist = process.env.DIST_DIR ?? fileURLToPath(new URL("../dist/", import.meta.url));
  const assets = readdirSync(path.join(dist, "_astro"));
  const others = assets.filter((f) =>
    /^(abap|apex|cpp|csharp|python|ruby|rust|yaml|css\.worker|html\.worker|json\.worker|cssMode|htmlMode|jsonMode)[.-]/.test(
      f,
    ),
  );
  expect(others).toEqual([]);
  expect(assets.some((f) => /^ts\.worker/.test(f))).toBe(true);
  // With every language, Monaco alone made some ninety files of chunks and workers.
  expect(assets.length).toBeLessThan(60);
});

test("Run on an exercise runs the learner's main, and says how to add one", async ({ page }) => {
  await page.goto(exercise);
  const bench = page.locator("[data-exercise]");
  const out = bench.getByRole("region", { name: "Output" });
  await openEditor(page, bench);
  await bench.getByRole("button", { name: "Run", exact: true }).click();
  await expect(out).toContainText("has no main", { timeout: 30_000 });
  await expect(out).toContainText("add a main of your own");
  await bench.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(
    '\nexport async function main() {\n  console.log("ran", 6 * 7);\n}\n',
  );
  await bench.getByRole("button", { name: "Run", exact: true }).click();
  await expect(out).toContainText("ran 42", { timeout: 30_000 });
  await expect(out).toContainText("Program exited.");
});

test("a share link says it is one, and leads back to the lesson's code", async ({
  page,
  browser,
}) => {
  await page.goto(lesson);
  await openEditor(page, example(page));
  await setCode(
    page,
    'import * as fmt from "go/fmt";\n\nexport async function main() {\n  fmt.println("from a friend");\n}\n',
  );
  await example(page).getByRole("button", { name: "Share" }).click();
  await expect(page).toHaveURL(/code=/);
  const link = page.url();

  // A friend opens it, in a browser of their own.
  const friend = await (await browser.newContext()).newPage();
  await friend.goto(link);
  const banner = example(friend).locator(".shared-banner");
  await expect(banner).toContainText("code from a share link");
  const lines = example(friend).locator(".monaco-editor .view-lines");
  await expect(lines).toContainText("from a friend", { timeout: 30_000 });
  await banner.getByRole("button", { name: "Back to the lesson's code" }).click();
  await expect(banner).toHaveCount(0);
  await expect(lines).toContainText("sees value");
  expect(new URL(friend.url()).hash).toBe("");
  // The shared code was never the friend's own: a reload shows the lesson's code.
  await friend.reload();
  await expect(example(friend)).toContainText('report("main"');
  await expect(example(friend)).not.toContainText("from a friend");
  await friend.context().close();
});

test("Share says when a link is too long to travel safely", async ({ page }) => {
  await page.goto(lesson);
  await openEditor(page, example(page));
  // Text that does not compress: a link far over 2,000 characters.
  let x = 1;
  const noise = Array.from({ length: 3000 }, () => {
    x = (x * 48271) % 2147483647;
    return String.fromCharCode(33 + (x % 90));
  }).join("");
  await setCode(page, `// ${noise}\nexport async function main() {}\n`);
  await example(page).getByRole("button", { name: "Share" }).click();
  await expect(example(page).locator(".example-status")).toContainText(
    "links over 2,000 may be cut short",
  );
});

test("the first Check on an exercise needs no editor", async ({ page }) => {
  // The editor never arrives: the starter, type-checked when the site was built, is checked all the same.
  await page.route(editorChunk, (route) => route.abort());
  await page.goto(exercise);
  const bench = page.locator("[data-exercise]");
  await bench.getByRole("button", { name: "Check", exact: true }).click();
  const results = bench.getByRole("list", { name: "Test results" });
  await expect(results.getByRole("listitem").first()).toBeVisible({ timeout: 60_000 });
  await expect(bench.locator("[data-status]")).toContainText(/checks? (passed|failed)/, {
    timeout: 60_000,
  });
});
