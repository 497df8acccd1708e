// `npm run screenshot:timeline`: the picture of the Timeline tab in the
// README (docs/timeline.png), taken from the built site (run `npm run build`
// first; DIST_DIR=path for a site built elsewhere). A lesson's example is run
// as a learner would run it, so the picture is what the tour shows.
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium.ts";
import { startPreview } from "./preview-server.ts";

const distDir = process.env.DIST_DIR ?? "dist";
const port = 4392;
const out = "docs/timeline.png";

const server = await startPreview(distDir, port);
try {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage({
    viewport: { width: 900, height: 900 },
    deviceScaleFactor: 2,
    colorScheme: "light",
  });
  await page.goto(`${server.base}channels/many-senders/`);
  const figure = page.locator("figure[data-example]").first();
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await figure.locator(".exit-line", { hasText: "Program exited" }).waitFor({ timeout: 60_000 });
  await figure.getByRole("tab", { name: "Timeline" }).click();
  const timeline = figure.getByRole("region", { name: "Timeline" });
  await page.waitForFunction(
    (el) => el?.getAttribute("data-draw-ms") !== null,
    await timeline.elementHandle(),
    { timeout: 60_000 },
  );
  // An event selected, as after a click: its description shows under the picture.
  await timeline.locator("canvas").focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
  await timeline.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  server.stop();
}
