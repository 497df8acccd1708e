// `npm run screenshot:timeline`: the picture of the Timeline tab in the
// README (docs/timeline.png), taken from the built site (run `npm run build`
// first; DIST_DIR=path for a site built elsewhere). A lesson's example is run
// as a learner would run it, so the picture is what the tour shows.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium.ts";

const distDir = process.env.DIST_DIR ?? "dist";
const port = 4392;
const base = `http://127.0.0.1:${port}/`;
const out = "docs/timeline.png";

const server = spawn(
  "npx",
  [
    "astro",
    "preview",
    "--ignore-lock",
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    "--outDir",
    distDir,
  ],
  { stdio: "ignore" },
);
try {
  await waitForServer();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage({
    viewport: { width: 900, height: 900 },
    deviceScaleFactor: 2,
    colorScheme: "light",
  });
  await page.goto(`${base}channels/many-senders/`);
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
  server.kill();
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("astro preview did not start");
}
