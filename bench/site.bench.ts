// `npm run bench:site`: what a learner feels, measured in Chromium against the
// built site (run `npm run build` first): the JavaScript a lesson page loads
// before any interaction (gzipped), and the time from Run to the first line
// of output, on a fresh page and warm, and after an edit; Check on a fresh
// exercise; and the size of the built site, with its largest files as a
// server sends them compressed. Figures, not assertions: machines vary.
// DIST_DIR=path measures a site built elsewhere (PORT=n serves it there);
// FRESH=n measures the fresh page's Run and Check n times (median; default
// 3), each in a new browser context with an empty cache; BENCH=latency
// leaves out the timeline, Explore schedules and the sizes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium.ts";
import { startPreview } from "../scripts/preview-server.ts";

const distDir = process.env.DIST_DIR ?? "dist";
const port = Number(process.env.PORT ?? 4391);
const base = `http://127.0.0.1:${port}/`;
const lesson = `${base}goroutines/go-statement/`;
const exercise = `${base}select/equivalent-trees/`;
const freshRounds = Number(process.env.FRESH ?? 3);
const latencyOnly = process.env.BENCH === "latency";

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;

/** A page in a browser context of its own (an empty cache), and the paths it fetched. */
async function freshPage(
  browser: Browser,
): Promise<{ page: Page; fetched: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  // Workers' fetches too (esbuild's wasm is fetched by the compiler's worker).
  context.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  return { page, fetched };
}

/** Whether the compiler (its worker or esbuild's wasm) was fetched. */
const fetchedCompiler = (fetched: string[]): boolean =>
  fetched.some((p) => /\/compiler\.worker[^/]*\.js$|\.wasm$/.test(p));

const server = await startPreview(distDir, port);
try {
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

  // Run → first output line, on a fresh page: the example as shown.
  {
    const times: number[] = [];
    let compiler = false;
    for (let i = 0; i < freshRounds; i++) {
      const { page, fetched } = await freshPage(browser);
      await page.goto(lesson, { waitUntil: "load" });
      times.push(await firstOutput(page));
      // By the time the program printed (idle time fetches it afterwards).
      compiler ||= fetchedCompiler(fetched);
      await page.context().close();
    }
    rows.push([
      `Run → first output, fresh page (median of ${freshRounds})`,
      `${median(times)} ms (${times.join(", ")}); compiler fetched by then: ${compiler ? "yes" : "no"}`,
    ]);
  }

  // Run → first output line, warm.
  {
    const page = await browser.newPage();
    await page.goto(lesson, { waitUntil: "load" });
    await firstOutput(page);
    // Warm: the editor, compiler and the next run's worker are ready, as
    // they are when a learner reads the output before running again.
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(500);
      warm.push(await firstOutput(page));
    }
    warm.sort((a, b) => a - b);
    rows.push(["Run → first output, warm (median of 5)", `${warm[2]} ms`]);
    // Edit + Run: an edited program is compiled in the browser and
    // type-checked before it runs. The editor loads when the code is reached for.
    if (
      (await page.locator("figure[data-example] .monaco-editor").count()) === 0
    )
      await page.locator("figure[data-example] .example-code").first().click();
    await page
      .locator("figure[data-example] .monaco-editor .view-lines")
      .first()
      .waitFor({ timeout: 60_000 });
    const edited: number[] = [];
    for (let i = 0; i < 5; i++) {
      // The editor's input itself: a click on its lines may land on the
      // sticky line that Monaco lays over them once the end is in view.
      await page
        .locator("figure[data-example] .monaco-editor")
        .first()
        .locator("textarea, .native-edit-context")
        .first()
        .focus();
      await page.keyboard.press("ControlOrMeta+End");
      await page.keyboard.insertText(`\n// edit ${i}`);
      await page.waitForTimeout(500);
      edited.push(await firstOutput(page));
    }
    rows.push([
      "Edit + Run → first output, warm (median of 5)",
      `${median(edited)} ms (${edited.join(", ")})`,
    ]);
    await page.close();
  }

  // Check → all verdicts, on an exercise (20 seeds per check).
  {
    const time = async (page: Page) => {
      const check = page.getByRole("button", { name: "Check", exact: true });
      const results = page.getByRole("list", { name: "Test results" });
      const t0 = performance.now();
      await check.click();
      await results.getByRole("listitem").last().waitFor();
      await page.waitForFunction(
        () => !document.querySelector("[aria-busy='true']"),
      );
      return Math.round(performance.now() - t0);
    };
    const fresh: number[] = [];
    let compiler = false;
    let page: Page | null = null;
    for (let i = 0; i < freshRounds; i++) {
      await page?.context().close();
      const f = await freshPage(browser);
      page = f.page;
      const response = await page.goto(exercise, { waitUntil: "load" });
      if (!response?.ok()) break;
      fresh.push(await time(page));
      // By the time every verdict was in (idle time fetches it afterwards).
      compiler ||= fetchedCompiler(f.fetched);
    }
    if (page !== null && fresh.length > 0) {
      rows.push([
        `Check → verdicts (20 seeds), fresh page (median of ${freshRounds})`,
        `${median(fresh)} ms (${fresh.join(", ")}); compiler fetched by then: ${compiler ? "yes" : "no"}`,
      ]);
      const warm = [await time(page), await time(page), await time(page)].sort(
        (a, b) => a - b,
      );
      rows.push([
        "Check → verdicts (20 seeds), warm (median of 3)",
        `${warm[1]} ms`,
      ]);
    } else {
      rows.push(["Check → verdicts", "n/a (no exercise page)"]);
    }
    await page?.context().close();
  }

  // The timeline: a run of about 10,000 events recorded and drawn (model,
  // table and picture), and Explore schedules: the lesson's example under 200 seeds.
  if (!latencyOnly) {
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
  // The largest files, raw and as a server or CDN sends them (gzip, brotli).
  if (!latencyOnly) {
    const assets = path.join(distDir, "_astro");
    const largest = readdirSync(assets)
      .map((f) => ({ f, bytes: statSync(path.join(assets, f)).size }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5);
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
    for (const { f, bytes } of largest) {
      const data = readFileSync(path.join(assets, f));
      const br = brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
      }).length;
      rows.push([
        `  ${f.replace(/[-.][\w-]{8}(\.\w+)$/, "$1")}`,
        `${mb(bytes)}, gzip ${mb(gzipSync(data).length)}, brotli ${mb(br)}`,
      ]);
    }
  }
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
} finally {
  server.stop();
}

async function firstOutput(page: Page): Promise<number> {
  const out = page.locator("figure[data-example] [data-output]").first();
  // Timed on the page's clock, from the click's event to the output's first
  // change that is the program's: Playwright's own round trips (the checks
  // before a click, the polling of a wait) would add up to a hundred
  // milliseconds a learner does not wait. A Run button still disabled when
  // the learner reaches for it counts from then: the learner is waiting.
  await out.evaluate((el) => {
    const w = window as unknown as { benchFrom?: number; benchFirst?: number };
    w.benchFirst = undefined;
    const run = [...el.closest("figure")!.querySelectorAll("button")].find(
      (b) => b.textContent?.trim() === "Run",
    );
    const from = performance.now();
    w.benchFrom = run?.disabled ? from : undefined;
    document.addEventListener(
      "click",
      () => (w.benchFrom ??= performance.now()),
      { capture: true, once: true },
    );
    const seen = new MutationObserver(() => {
      // Run empties the output and says what it is doing ("Compiling…",
      // "Starting…"); the first text the program prints ends the wait.
      if (!/^(|Compiling…|Starting…)$/.test(el.textContent ?? "")) {
        w.benchFirst = performance.now();
        seen.disconnect();
      }
    });
    seen.observe(el, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole("button", { name: "Run", exact: true }).first().click();
  await page.waitForFunction(
    (el) =>
      el?.getAttribute("aria-busy") === null &&
      el.querySelector(".exit-line") !== null,
    await out.elementHandle(),
  );
  const { from, first } = await page.evaluate(() => {
    const w = window as unknown as { benchFrom?: number; benchFirst?: number };
    return { from: w.benchFrom, first: w.benchFirst };
  });
  if (from === undefined || first === undefined)
    throw new Error("the run printed nothing, or its click was not seen");
  return Math.round(first - from);
}
