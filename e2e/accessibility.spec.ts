import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { exercisePaths, lessonPaths, pagePaths } from "./tour-content.ts";

const pages = [
  { name: "home", path: "" },
  { name: "a lesson", path: lessonPaths[2]! },
  { name: "an exercise", path: exercisePaths[0]! },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const { name, path } of pages) {
    test(`axe finds no violations on ${name} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
}

test("axe finds no violations with the contents drawer open", async ({ page }) => {
  await page.goto(lessonPaths[0]!);
  await page.locator("summary", { hasText: "Contents" }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test("a lesson can be read and navigated by keyboard alone", async ({ page }) => {
  await page.goto(lessonPaths[1]!);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  // From the main content, Tab alone reaches the example's code, its output and
  // the Next link: Tab leaves the code editor too (Ctrl+M would make it indent).
  const next = page.getByRole("link", { name: "Next", exact: true });
  for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${pagePaths[pagePaths.indexOf(lessonPaths[1]!) + 1]}$`));
});
