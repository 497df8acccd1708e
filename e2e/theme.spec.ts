import { expect, test, type Page } from "@playwright/test";
import { lessonPaths } from "./tour-content.ts";

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const white = "rgb(255, 255, 255)";

test("Auto follows the system; Light and Dark override it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("");
  await expect(page.getByRole("radio", { name: /Auto/ })).toBeChecked();
  expect(await background(page)).not.toBe(white);

  await page.getByRole("radio", { name: "Light" }).check();
  expect(await background(page)).toBe(white);

  await page.getByRole("radio", { name: /Auto/ }).check();
  expect(await background(page)).not.toBe(white);
});

test("the chosen theme is remembered across reloads and pages", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(lessonPaths[0]!);
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  expect(await background(page)).not.toBe(white);

  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  expect(await background(page)).not.toBe(white);
});

test("the remembered theme is applied before the first paint, without waiting for scripts", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("");
  await page.getByRole("radio", { name: "Dark" }).check();
  // With the site's bundled scripts blocked, only the inline script in <head>
  // can apply the theme, and it runs before the body is parsed.
  await page.route("**/_astro/*.js", (route) => route.abort());
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).not.toBe(white);
});
