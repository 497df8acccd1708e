import { expect, test } from "@playwright/test";

/**
 * Screenshots of the home page and a lesson at phone and desktop widths, in
 * both themes, for people to look at (they are attached to the report and
 * written to test-results/). They assert only that the page rendered.
 */

const widths = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1440, height: 900 } },
];
const pages = [
  { name: "home", path: "" },
  { name: "lesson", path: "goroutines/waitgroup/" },
];

for (const width of widths) {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const page of pages) {
      test(`screenshot: ${page.name}, ${width.name}, ${colorScheme}`, async ({
        browser,
      }, testInfo) => {
        const context = await browser.newContext({ viewport: width.viewport, colorScheme });
        const tab = await context.newPage();
        await tab.goto(page.path);
        await expect(tab.getByRole("heading", { level: 1 })).toBeVisible();
        const file = testInfo.outputPath(`${page.name}-${width.name}-${colorScheme}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${page.name}-${width.name}-${colorScheme}`, {
          path: file,
          contentType: "image/png",
        });
        await context.close();
      });
    }
  }
}
