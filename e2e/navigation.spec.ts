import { expect, test, type Page } from "@playwright/test";
import { expectedChapters, pagePaths } from "./tour-content.ts";

/** Walking the tour there and back takes longer as the tour grows. */
const walkTimeout = 30_000 + pagePaths.length * 2_000;

/** Paths are relative to the project's baseURL, so `new URL(path, baseURL)` is the address. */
function lessonUrl(baseURL: string | undefined, path: string): string {
  return new URL(path, baseURL).href;
}

async function expectHeader(page: Page, index: number) {
  const chapter = expectedChapters.find((c) => c.pages.some((l) => l.path === pagePaths[index]))!;
  const number = chapter.pages.findIndex((l) => l.path === pagePaths[index]) + 1;
  const position = page.locator(".site-header .position");
  await expect(position).toContainText(chapter.title);
  await expect(position).toContainText(`${number} / ${chapter.pages.length}`);
}

test("the home page lists every chapter, lesson and exercise, in order", async ({
  page,
  baseURL,
}) => {
  await page.goto("");
  const contents = page.getByRole("region", { name: "Contents" });
  await expect(contents.getByRole("heading", { level: 3 })).toHaveText(
    expectedChapters.map((c, i) => `${i + 1} ${c.title}`),
  );
  const links = contents.getByRole("link");
  await expect(links).toHaveCount(pagePaths.length);
  for (const [i, path] of pagePaths.entries()) {
    await expect(links.nth(i)).toHaveAttribute("href", new URL(path, baseURL).pathname);
  }
  const pageTitles = expectedChapters.flatMap((c) => c.pages.map((l) => l.title));
  for (const [i, title] of pageTitles.entries()) {
    await expect(links.nth(i)).toContainText(title);
  }
});

test("Start the tour opens the first lesson", async ({ page, baseURL }) => {
  await page.goto("");
  await page.getByRole("link", { name: "Start the tour" }).click();
  await expect(page).toHaveURL(lessonUrl(baseURL, pagePaths[0]!));
});

test("Next walks the whole tour in order, and Previous walks it back", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(walkTimeout);
  await page.goto(pagePaths[0]!);
  await expect(page.getByRole("link", { name: "Previous", exact: true })).toHaveCount(0);
  for (let i = 0; i < pagePaths.length; i++) {
    await expect(page).toHaveURL(lessonUrl(baseURL, pagePaths[i]!));
    await expectHeader(page, i);
    if (i + 1 < pagePaths.length)
      await page.getByRole("link", { name: "Next", exact: true }).click();
  }
  await expect(page.getByRole("link", { name: "Next", exact: true })).toHaveCount(0);
  for (let i = pagePaths.length - 1; i > 0; i--) {
    await page.getByRole("link", { name: "Previous", exact: true }).click();
    await expect(page).toHaveURL(lessonUrl(baseURL, pagePaths[i - 1]!));
  }
});

test("PageDown and PageUp walk the whole tour in order", async ({ page, baseURL }) => {
  test.setTimeout(walkTimeout);
  // The keys work once the page's scripts have run, which is before DOMContentLoaded.
  const expectAt = async (path: string) => {
    await expect(page).toHaveURL(lessonUrl(baseURL, path));
    await page.waitForLoadState("domcontentloaded");
  };
  await page.goto(pagePaths[0]!);
  for (let i = 1; i < pagePaths.length; i++) {
    await page.keyboard.press("PageDown");
    await expectAt(pagePaths[i]!);
  }
  await page.keyboard.press("PageDown"); // past the last lesson: nowhere to go
  await expectAt(pagePaths.at(-1)!);
  for (let i = pagePaths.length - 2; i >= 0; i--) {
    await page.keyboard.press("PageUp");
    await expectAt(pagePaths[i]!);
  }
});

test("the contents drawer lists the tour, marks this lesson and closes on Escape", async ({
  page,
}) => {
  await page.goto(pagePaths[1]!);
  const toggle = page.locator("summary", { hasText: "Contents" });
  const drawer = page.getByRole("navigation", { name: "Table of contents" });
  await expect(drawer).toBeHidden();
  await toggle.click();
  await expect(drawer).toBeVisible();
  // It is a drawer: it runs from below the header to the bottom of the window.
  const box = (await drawer.boundingBox())!;
  const header = (await page.locator(".site-header").boundingBox())!;
  expect(box.y).toBeCloseTo(header.y + header.height, 0);
  expect(box.y + box.height).toBeCloseTo(page.viewportSize()!.height, 0);
  await expect(drawer.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(drawer.locator('[aria-current="page"]')).toContainText(
    expectedChapters[0]!.pages[1]!.title,
  );
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
});

test("lessons you have opened are marked in the contents", async ({ page }) => {
  await page.goto("");
  const contents = page.getByRole("region", { name: "Contents" });
  const links = contents.getByRole("link");
  await expect(links.first()).not.toHaveAccessibleName(/\(visited\)/);
  await page.goto(pagePaths[0]!);
  await page.goto("");
  await expect(links.first()).toHaveAccessibleName(/\(visited\)$/);
  await expect(links.nth(1)).not.toHaveAccessibleName(/\(visited\)/);
});
