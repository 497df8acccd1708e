import { expect, test } from "@playwright/test";
import { pagePaths } from "./tour-content.ts";

/**
 * The site built with BASE_PATH=/tour/ (served from dist-base/): every page's
 * links, scripts, styles and icon stay under /tour/ and lead somewhere.
 */

test("every address on every page stays under the base path and resolves", async ({
  page,
  request,
  baseURL,
}) => {
  // A page and the addresses on it take a second or so: scale with the tour.
  test.setTimeout(30_000 + pagePaths.length * 2_000);
  const base = new URL(baseURL!);
  const checked = new Set<string>();
  for (const path of ["", ...pagePaths, "no-such-page/"]) {
    await page.goto(path);
    const addresses = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], link[href], script[src]")].map(
        (el) => el.getAttribute("href") ?? el.getAttribute("src")!,
      ),
    );
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) {
      if (address.startsWith("#")) continue; // a place on this same page
      const url = new URL(address, page.url());
      if (url.origin !== base.origin) continue;
      expect(url.pathname, `${address} on /${path}`).toMatch(/^\/tour\//);
      if (checked.has(url.pathname)) continue;
      checked.add(url.pathname);
      expect((await request.get(url.href)).status(), url.pathname).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(pagePaths.length);
});

test("Next walks the whole tour under the base path", async ({ page, baseURL }) => {
  test.setTimeout(30_000 + pagePaths.length * 1_000);
  await page.goto("");
  await page.getByRole("link", { name: "Start the tour" }).click();
  for (let i = 0; i < pagePaths.length; i++) {
    await expect(page).toHaveURL(new URL(pagePaths[i]!, baseURL).href);
    if (i + 1 < pagePaths.length)
      await page.getByRole("link", { name: "Next", exact: true }).click();
  }
});

test("search loads its index from under the base path, and its results lead there", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(pagePaths[0]!);
  await page.keyboard.press("/");
  await page.keyboard.type("thermometer");
  const link = page
    .getByRole("list", { name: "Search results" })
    .getByRole("link", { name: /Send-only and receive-only channels/ });
  // The first search loads Pagefind and its index: seconds on a busy machine.
  await expect(link).toHaveAttribute("href", "/tour/channels/directions/", { timeout: 60_000 });
  expect(fetched.filter((path) => path.includes("pagefind")).length).toBeGreaterThan(0);
  expect(fetched.filter((path) => path.includes("pagefind") && !path.startsWith("/tour/"))).toEqual(
    [],
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new URL("channels/directions/", baseURL).href);
});
