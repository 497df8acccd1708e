// `npm run bench:site`: what a learner feels, measured in Chromium against the
// built site (run `npm run build` first): the JavaScript a lesson page loads
// before any interaction (gzipped), and the time from Run to the first line
// of output, on a fresh page and warm, and after an edit; Check on a fresh
// exercise; and the size of the built site. Figures, not assertions:
// machines vary. DIST_DIR=path measures a site built elsewhere.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium.ts";

const distDir = process.env.DIST_DIR ?? "dist";
const port = 4391;
const base = `http://127.0.0.1:${port}/`;
const lesson = `${base}goroutines/go-statement/`;
const exercise = `${base}select/equivalent-trees/`;

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
  {
    stdio: "ignore",
  },
);
try {
  await waitForServer();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows: [string, string][] = [];

  // JavaScript before interaction: the scripts the page had fetched by its
  // load event, before the idle-time preload of the editor, gzipped.
  {
    const page = await browser.newPage();
    await page.goto(lesson, { waitUntil: "load" });
    const urls = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((name) => new URL(name).pathname.endsWith(".js")),
    );
    let bytes = 0;
    for (const url of urls)
      bytes += gzipSync(
        Buffer.from(await (await fetch(url)).arrayBuffer()),
      ).length;
    rows.push([
      "JavaScript before interaction (gzipped)",
      `${(bytes / 1024).toFixed(1)} KB in ${urls.length} files`,
    ]);
    await page.close();
  }

  // Run → first output line.
  {
    const page = await browser.newPage();
    await page.goto(lesson, { waitUntil: "load" });
    rows.push([
      "Run → first output, fresh page",
      `${await firstOutput(page)} ms`,
    ]);
    // Warm: the editor, compiler and the next run's worker are ready, as
    // they are when a learner reads the output before running again.
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(500);
      warm.push(await firstOutput(page));
    }
    warm.sort((a, b) => a - b);
    rows.push(["Run → first output, warm (median of 5)", `${warm[2]} ms`]);
    // Edit + Run: an edited program is type-checked before it runs.
    await page
      .locator("figure[data-example] .monaco-editor .view-lines")
      .first()
      .waitFor({ timeout: 60_000 });
    const edited: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page
        .locator("figure[data-example] .monaco-editor .view-lines")
        .first()
        .click();
      await page.keyboard.press("ControlOrMeta+End");
      await page.keyboard.insertText(`\n// edit ${i}`);
      await page.waitForTimeout(500);
      edited.push(await firstOutput(page));
    }
    edited.sort((a, b) => a - b);
    rows.push([
      "Edit + Run → first output, warm (median of 5)",
      `${edited[2]} ms`,
    ]);
    await page.close();
  }

  // Check → all verdicts, on an exercise (20 seeds per check).
  {
    const page = await browser.newPage();
    const response = await page.goto(exercise, { waitUntil: "load" });
    if (response?.ok()) {
      const check = page.getByRole("button", { name: "Check", exact: true });
      const results = page.getByRole("list", { name: "Test results" });
      const time = async () => {
        const t0 = performance.now();
        await check.click();
        await results.getByRole("listitem").last().waitFor();
        await page.waitForFunction(
          () => !document.querySelector("[aria-busy='true']"),
        );
        return Math.round(performance.now() - t0);
      };
      rows.push([
        "Check → verdicts (20 seeds), fresh page",
        `${await time()} ms`,
      ]);
      const warm = [await time(), await time(), await time()].sort(
        (a, b) => a - b,
      );
      rows.push([
        "Check → verdicts (20 seeds), warm (median of 3)",
        `${warm[1]} ms`,
      ]);
    } else {
      rows.push(["Check → verdicts", "n/a (no exercise page)"]);
    }
    await page.close();
  }

  // The timeline: a run of about 10,000 events recorded and drawn (model,
  // table and picture), and Explore schedules: the lesson's example under 200 seeds.
  {
    const page = await browser.newPage();
    await page.goto(lesson, { waitUntil: "load" });
    const figure = page.locator("figure[data-example]").first();
    // A click on the code loads the editor, unless the idle time already has.
    await figure
      .locator(".example-code")
      .click({ timeout: 5_000 })
      .catch(() => {});
    const editor = figure.locator(".monaco-editor .view-lines");
    await editor.waitFor({ timeout: 60_000 });
    await figure.getByRole("button", { name: "Explore schedules" }).click();
    const outcomes = figure.getByRole("region", { name: "Outcomes" });
    await outcomes.getByText(/in 200 schedules/).waitFor({ timeout: 120_000 });
    const explore: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await figure.getByRole("button", { name: "Explore schedules" }).click();
      await outcomes
        .getByText(/in 200 schedules/)
        .waitFor({ timeout: 120_000 });
      explore.push(Math.round(performance.now() - t0));
    }
    explore.sort((a, b) => a - b);
    rows.push([
      "Explore schedules, 200 seeds, warm (median of 3)",
      `${explore[1]} ms`,
    ]);

    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(
      'import { chan, go } from "go";\n\nexport async function main() {\n  const c = chan<number>();\n  go(async () => {\n    for (let i = 0; i < 2500; i++) await c.send(i);\n    c.close();\n  });\n  for (;;) {\n    const [, ok] = await c.recvOk();\n    if (!ok) break;\n  }\n}\n',
    );
    await figure.getByRole("button", { name: "Run", exact: true }).click();
    await figure
      .locator(".exit-line", { hasText: "Program exited" })
      .waitFor({ timeout: 120_000 });
    await figure.getByRole("tab", { name: "Timeline" }).click();
    const timeline = figure.getByRole("region", { name: "Timeline" });
    await page.waitForFunction(
      (el) => el?.getAttribute("data-draw-ms") !== null,
      await timeline.elementHandle(),
      { timeout: 120_000 },
    );
    const events = (
      await timeline.locator(".timeline-message").innerText()
    ).split(" events")[0];
    rows.push([
      "Timeline: model, table and picture of one run",
      `${await timeline.getAttribute("data-draw-ms")} ms for ${events} events`,
    ]);
    await page.close();
  }

  await browser.close();
  const size = (dir: string): number =>
    readdirSync(dir).reduce((sum, f) => {
      const p = path.join(dir, f);
      const s = statSync(p);
      return sum + (s.isDirectory() ? size(p) : s.size);
    }, 0);
  rows.push([
    "Built site (dist), on disk",
    `${(size(distDir) / 2 ** 20).toFixed(1)} MB (${(size(path.join(distDir, "_astro")) / 2 ** 20).toFixed(1)} MB of scripts and assets)`,
  ]);
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
} finally {
  server.kill();
}

async function firstOutput(page: Page): Promise<number> {
  const out = page.locator("figure[data-example] [data-output]").first();
  const t0 = performance.now();
  await page.getByRole("button", { name: "Run", exact: true }).first().click();
  // Run empties the output and says what it is doing ("Compiling…",
  // "Starting…"); the first text the program prints ends the wait.
  await page.waitForFunction(
    (el) => !/^(|Compiling…|Starting…)$/.test(el?.textContent ?? ""),
    await out.elementHandle(),
  );
  const ms = Math.round(performance.now() - t0);
  await page.waitForFunction(
    (el) => el?.getAttribute("aria-busy") === null,
    await out.elementHandle(),
  );
  return ms;
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
