import { expect, test } from "@playwright/test";
import { lessonPaths, pagePaths } from "./tour-content.ts";

const everyPage = ["", ...pagePaths];

test("no page logs a console error or throws", async ({ page }) => {
  test.setTimeout(30_000 + everyPage.length * 1_000);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // The browser reports the 404 page's own status as an error; that one is expected.
    const isOwnStatus =
      message.text().includes("status of 404") && message.location().url === page.url();
    if (!(isOwnStatus && page.url().endsWith("/no-such-lesson/"))) {
      problems.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  for (const path of everyPage) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("load");
  }
  await page.goto("no-such-lesson/");
  await page.waitForLoadState("load");
  expect(problems).toEqual([]);
});

test("an unknown address gets the 404 page, which leads back to the tour", async ({ page }) => {
  const response = await page.goto("no-such-lesson/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not in the tour");
  await page.getByRole("link", { name: "contents page" }).click();
  await expect(page.getByRole("region", { name: "Contents" })).toBeVisible();
});

test("an example carries what the playground needs: id, source and expected output", async ({
  page,
}) => {
  await page.goto(lessonPaths[0]!);
  const example = page.locator("[data-example]");
  const id = await example.getAttribute("data-example");
  const payload = JSON.parse(
    (await example.locator("script[data-example-source]").textContent()) ?? "null",
  ) as { id: string; filename: string; source: string; expected: string };
  expect(payload.id).toBe(id);
  expect(payload.source).toContain("export async function main()");
  expect(await example.locator(".example-code pre.shiki").innerText()).toBe(
    payload.source.trimEnd(),
  );
  await expect(page.getByRole("region", { name: "Output" }).locator("pre")).toHaveText(
    payload.expected,
  );
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  // The page as served: with scripts on, the editor may already have taken the
  // highlighted code's place (it loads when the browser is idle).
  test("every lesson shows its examples' code and their expected output", async ({ page }) => {
    test.setTimeout(30_000 + lessonPaths.length * 1_000);
    for (const path of lessonPaths) {
      await page.goto(path);
      const examples = page.locator("[data-example]");
      const n = await examples.count();
      expect(n, path).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < n; i++) {
        const example = examples.nth(i);
        // The TypeScript program (its Go twin is the other panel).
        await expect(example.locator(".example-code pre.shiki")).toContainText(
          "export async function main()",
        );
        await expect(example.getByRole("region", { name: "Output" })).not.toBeEmpty();
      }
    }
  });

  test("a lesson is complete: prose, highlighted code, output and links", async ({ page }) => {
    await page.goto(lessonPaths[1]!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".example-code pre.shiki span").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Output" })).toContainText("main");
    await expect(page.getByRole("link", { name: "Next", exact: true })).toBeVisible();
    // The theme switch needs JavaScript, so it is not shown.
    await expect(page.getByRole("radio", { name: "Dark" })).toBeHidden();
  });

  test("the contents drawer still opens", async ({ page }) => {
    await page.goto(lessonPaths[0]!);
    await page.locator("summary", { hasText: "Contents" }).click();
    await expect(page.getByRole("navigation", { name: "Table of contents" })).toBeVisible();
  });
});

test("a lesson with two examples shows both, one after the other, on a wide screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("channels/range/");
  const examples = page.locator(".lesson-body > .example");
  await expect(examples).toHaveCount(2);
  const [first, second] = [
    await examples.nth(0).boundingBox(),
    await examples.nth(1).boundingBox(),
  ];
  expect(first).not.toBeNull();
  expect(second).not.toBeNull();
  // The second starts below the first's end: neither hides the other.
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
});
