import { expect, test } from "@playwright/test";

/**
 * An example with a Go twin has TypeScript and Go tabs; the choice holds on the
 * next page; without JavaScript both programs are on the page, one below the other.
 */

test("the Go tab shows the twin, with its note, and the choice holds on the next page", async ({
  page,
}) => {
  await page.goto("goroutines/waitgroup/");
  const example = page.locator("figure.example").first();
  const goTab = example.getByRole("tab", { name: "Go" });
  const tsTab = example.getByRole("tab", { name: "TypeScript" });
  await expect(tsTab).toHaveAttribute("aria-selected", "true");
  await expect(example.getByText("defer wg.Done()")).toBeHidden();

  await goTab.click();
  await expect(goTab).toHaveAttribute("aria-selected", "true");
  const goPanel = example.getByRole("tabpanel");
  await expect(goPanel).toContainText("defer wg.Done()");
  await expect(goPanel).toContainText("finally is defer");
  await expect(example.locator(".example-code")).toBeHidden();
  await expect(example.locator(".example-bar > .filename")).toHaveText("waitgroup.go");

  await page.getByRole("link", { name: "Next" }).first().click();
  const next = page.locator("figure.example").first();
  await expect(next.getByRole("tab", { name: "Go" })).toHaveAttribute("aria-selected", "true");
  await expect(next.locator(".example-go")).toBeVisible();

  // Arrow keys move between the tabs, as in any tab list.
  await next.getByRole("tab", { name: "Go" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(next.getByRole("tab", { name: "TypeScript" })).toBeFocused();
  await expect(next.getByRole("tab", { name: "TypeScript" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(next.locator(".example-go")).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("both programs are readable, each under its file name", async ({ page }) => {
    await page.goto("channels/nil-channel/");
    const example = page.locator("figure.example").first();
    await expect(example.getByRole("tablist")).toBeHidden();
    await expect(example.locator(".example-code")).toContainText("await select([recv(inbox)])");
    await expect(example.locator(".example-go")).toContainText("<-inbox");
    await expect(example.getByText("nil-channel.go")).toBeVisible();
  });
});
