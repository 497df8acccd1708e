import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * The tour on a phone (390 × 844, a common phone's CSS size): the toolbars
 * keep their buttons on one row, code wider than the screen says so, and an
 * exercise's editor shows the whole starter, TODOs included, without
 * scrolling inside it. (That no text names a side of the page, where the code
 * is below the text on a phone, is checked over all content by
 * src/tour/promises.test.ts.)
 */

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
// Each test waits for an editor or a toolbar on a page of the built site: on
// a busy machine that takes longer than the default half-minute.
test.describe.configure({ timeout: 90_000 });

const lesson = "goroutines/go-statement/";
const exercise = "select/equivalent-trees/";

const example = (page: Page): Locator => page.locator("figure[data-example]").first();
const workbench = (page: Page): Locator => page.locator("[data-exercise]");

/** The exercise's editor, loaded as reaching for the code loads it (or idle time did already). */
async function exerciseEditor(page: Page): Promise<Locator> {
  const editor = workbench(page).locator(".monaco-editor");
  await workbench(page)
    .locator("[data-code]")
    .dispatchEvent("pointerdown", {}, { timeout: 2_000 })
    .catch(() => {});
  // Drawn, with its code: a busy machine takes a while to start it.
  await expect(editor.locator(".view-lines")).toContainText("export", { timeout: 60_000 });
  return editor;
}

/** The distinct top offsets of `controls`, rounded to the pixel. */
async function rows(controls: Locator): Promise<number[]> {
  const tops = await controls.evaluateAll((els) =>
    els.map((el) => Math.round(el.getBoundingClientRect().top)),
  );
  expect(tops.length).toBeGreaterThan(1);
  return [...new Set(tops)];
}

test.beforeEach(async ({ page }) => {
  await page.goto(lesson);
  await page.evaluate(() => localStorage.clear());
});

test("a lesson's toolbar keeps Run, Share and the rest on one row", async ({ page }) => {
  await page.goto(lesson);
  const tools = example(page).locator(".example-tools");
  await expect(tools.getByRole("button", { name: "Share" })).toBeVisible();
  expect(await rows(tools.locator(":scope > *"))).toHaveLength(1);
  // And all of it on the screen: nothing hangs off the right edge.
  const right = await tools.evaluate((el) => el.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(390);
});

test("an exercise's toolbar keeps its buttons on one row", async ({ page }) => {
  await page.goto(exercise);
  const tools = workbench(page).locator("[data-tools]");
  await expect(tools.getByRole("button", { name: "Check" })).toBeVisible();
  expect(await rows(tools.locator(":scope > *"))).toHaveLength(1);
});

test("code wider than the screen shows a shadow where it goes on", async ({ browser }) => {
  // The code as the page serves it: before the editor takes its place, or without JavaScript.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  for (const [path, box] of [
    [lesson, ".example-code"],
    [exercise, "[data-code] pre"],
  ] as const) {
    await page.goto(path);
    const scroller = page.locator(box).first();
    const { wide, background } = await scroller.evaluate((el) => ({
      wide: el.scrollWidth > el.clientWidth,
      background: getComputedStyle(el).backgroundImage,
    }));
    expect(wide, `${path}: a line wider than the screen`).toBe(true);
    expect(background, `${path}: the scroll shadow`).toContain("radial-gradient");
  }
  await context.close();
});

test("the editor shows its scrollbar under long lines without a hover", async ({ page }) => {
  await page.goto(exercise);
  const bar = (await exerciseEditor(page)).locator(".scrollbar.horizontal");
  await expect(bar).toHaveClass(/\bvisible\b/, { timeout: 20_000 });
  const slider = bar.locator(".slider");
  const [barWidth, sliderWidth] = await Promise.all([
    bar.evaluate((el) => el.getBoundingClientRect().width),
    slider.evaluate((el) => el.getBoundingClientRect().width),
  ]);
  expect(sliderWidth).toBeGreaterThan(0);
  expect(sliderWidth).toBeLessThan(barWidth);
});

test("Equivalent trees: the editor shows the whole starter, its last TODO included", async ({
  page,
}) => {
  await page.goto(exercise);
  const editor = await exerciseEditor(page);
  const todo = editor
    .locator(".view-line")
    .filter({ hasText: "TODO: walk both trees and compare what arrives." });
  await expect(todo).toBeVisible({ timeout: 30_000 });
  // The first line and the last TODO both inside the editor's box, nothing
  // scrolled away inside it. (Measured in one go: the editor redraws its
  // lines as its language service comes up.)
  const inside = (el: Element) => {
    const host = el.getBoundingClientRect();
    const lines = [...el.querySelectorAll(".view-line")];
    const at = (text: string) => {
      const line = lines.find((l) => l.textContent!.replaceAll("\u00a0", " ").includes(text));
      if (line === undefined) return `${text}: not drawn`;
      const b = line.getBoundingClientRect();
      return b.top >= host.top && b.bottom <= host.bottom ? "inside" : `${text}: outside`;
    };
    return {
      first: at("import { chan, type RecvChan"),
      todo: at("TODO: walk both trees and compare what arrives."),
      scrolled: getComputedStyle(el.querySelector(".lines-content")!).top,
    };
  };
  await expect
    .poll(() => editor.evaluate(inside), { timeout: 30_000 })
    .toEqual({ first: "inside", todo: "inside", scrolled: "0px" });
});

test("a swipe over an editor taller than the screen scrolls the page", async ({ page }) => {
  await page.goto(exercise);
  const editor = await exerciseEditor(page);
  await expect(editor.locator(".view-lines")).toContainText("TODO");
  await expect
    .poll(async () => (await editor.boundingBox())!.height, { timeout: 30_000 })
    .toBeGreaterThan(844);
  const cdp = await page.context().newCDPSession(page);
  // A busy machine may drop most of a swipe's moves: try a few swipes.
  await expect(async () => {
    // The editor's top at the top of the screen: the finger lands on code.
    await editor.evaluate((el) =>
      scrollBy({ top: el.getBoundingClientRect().top, behavior: "instant" }),
    );
    const before = await page.evaluate(() => scrollY);
    await cdp.send("Input.synthesizeScrollGesture", {
      x: 195,
      y: 500,
      yDistance: -300,
      gestureSourceType: "touch",
      speed: 600,
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
  }).toPass({ timeout: 45_000 });
});
