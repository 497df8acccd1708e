import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectedChapters, exercisePaths, lessonPaths } from "./tour-content.ts";

/**
 * The header's search box (src/components/SiteSearch.astro) over the index
 * that the build writes to pagefind/ (src/build/search-index.ts).
 */

// A word of one lesson's prose: the channel directions lesson's thermometer.
const word = "thermometer";
const target = expectedChapters
  .flatMap((c) => c.pages)
  .find((p) => p.path === "channels/directions/");

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search", exact: true });
const results = (page: Page) => page.getByRole("list", { name: "Search results" });

// The first search of a page loads Pagefind and its index: under a second alone,
// but tens of seconds on a machine busy with other builds and browsers.
const firstSearch = { timeout: 60_000 };

test.beforeAll(() => {
  expect(target, "the lesson the searches look for").toBeDefined();
});

test.beforeEach(() => {
  test.setTimeout(120_000);
});

test("/ focuses the search box; a word of a lesson lists it, and Enter opens it", async ({
  page,
}) => {
  await page.goto(lessonPaths[2]!);
  await expect(searchBox(page)).toBeVisible();
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(word);
  const link = results(page).getByRole("link", { name: new RegExp(target!.title) });
  await expect(link).toBeVisible(firstSearch);
  await expect(link).toHaveAttribute("href", `/${target!.path}`);
  await expect(link.locator("mark").first()).toHaveText(new RegExp(word, "i"));
  await expect(page.getByRole("status").filter({ hasText: `“${word}”` })).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/${target!.path}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target!.title);
});

test("the arrow keys and Tab reach the results; Escape closes them; a click opens one", async ({
  page,
}) => {
  await page.goto("");
  await searchBox(page).click();
  await page.keyboard.type("deadlock");
  const links = results(page).getByRole("link");
  await expect(links.nth(1)).toBeVisible(firstSearch);
  await expect(
    page.getByRole("status").filter({ hasText: /pages mention “deadlock”/ }),
  ).toBeAttached();

  await page.keyboard.press("ArrowDown");
  await expect(links.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(links.first()).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue("deadlock");

  // Back in the box, the same results return; a click outside closes them.
  await page.keyboard.press("ArrowLeft");
  await searchBox(page).blur();
  await searchBox(page).focus();
  await expect(results(page)).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(results(page)).toBeHidden();

  await searchBox(page).fill(word);
  const link = results(page).getByRole("link", { name: new RegExp(target!.title) });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/${target!.path}$`));
});

test("/ typed into a field stays in the field; a word no page has says so", async ({ page }) => {
  await page.goto(lessonPaths[0]!);
  await page.keyboard.press("/");
  await page.keyboard.type("a/b");
  await expect(searchBox(page)).toHaveValue("a/b");
  await searchBox(page).fill("wombat");
  const said = "No page mentions “wombat”";
  await expect(page.locator("#site-search-panel").getByText(said)).toBeVisible(firstSearch);
  await expect(page.getByRole("status").filter({ hasText: said })).toBeAttached();
  await expect(results(page).getByRole("link")).toHaveCount(0);
});

test("/ typed in the code editor is code, not a search", async ({ page }) => {
  await page.goto(lessonPaths[0]!);
  const lines = page.locator("figure[data-example]").first().locator(".monaco-editor .view-lines");
  await lines.click({ timeout: 60_000 });
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n// a/b");
  await expect(lines).toContainText("// a/b");
  await expect(searchBox(page)).not.toBeFocused();
  await expect(searchBox(page)).toHaveValue("");
});

test("the index holds prose, not code, output or navigation", async ({ page }) => {
  await page.goto(lessonPaths[0]!);
  // Every page has a Previous link and every exercise says its difficulty; few
  // pages' prose has those words.
  for (const chrome of ["Previous", "difficulty"]) {
    await searchBox(page).fill(chrome);
    const status = page.getByRole("status").filter({ hasText: `“${chrome}”` });
    await expect(status).toBeAttached(firstSearch);
    const count = Number(
      /^(\d+) pages? mention/.exec((await status.textContent()) ?? "")?.[1] ?? 0,
    );
    expect(count, chrome).toBeLessThan(10);
  }
});

test("Pagefind loads only when the box is used", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(lessonPaths[1]!, { waitUntil: "load" });
  await page.waitForTimeout(500);
  expect(fetched.filter((path) => path.includes("pagefind"))).toEqual([]);
  await page.keyboard.press("/");
  await page.keyboard.type("go");
  await expect(results(page).getByRole("link").first()).toBeVisible(firstSearch);
  expect(fetched.filter((path) => path.startsWith("/pagefind/")).length).toBeGreaterThan(0);
});

test("on a phone the box fits the header and widens while in use", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["", lessonPaths[0]!, exercisePaths[0]!]) {
    await page.goto(path);
    const box = await searchBox(page).boundingBox();
    expect(box, path).not.toBeNull();
    expect(box!.x + box!.width, path).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(390);
    const header = await page.locator("header.site-header").boundingBox();
    expect(box!.y + box!.height, path).toBeLessThanOrEqual(header!.y + header!.height);
  }
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  expect((await searchBox(page).boundingBox())!.width).toBeGreaterThan(300);
  await page.keyboard.type(word);
  const link = results(page).getByRole("link", { name: new RegExp(target!.title) });
  await expect(link).toBeInViewport(firstSearch);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations with results open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(lessonPaths[0]!);
    await searchBox(page).fill("channel");
    await expect(results(page).getByRole("link").first()).toBeVisible(firstSearch);
    await page.keyboard.press("ArrowDown");
    const found = await new AxeBuilder({ page }).include(".site-search").analyze();
    expect(found.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the box is not offered, and the page still reads and links", async ({ page }) => {
    await page.goto(lessonPaths[0]!);
    await expect(searchBox(page)).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Next", exact: true })).toBeVisible();
  });
});
