import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import { parseNumberedName } from "../src/tour/tour.ts";
import { lessonPaths, pagePaths } from "./tour-content.ts";

/**
 * The tour offline (src/build/offline.ts): once a page has been visited, its
 * service worker has cached every page and everything Run needs, so a lesson
 * never opened before loads and runs its example with no network at all. Runs
 * at the root and under /tour/.
 *
 * Playwright's setOffline does not cover a service worker's own requests
 * (microsoft/playwright#2311), so each test reaches the site through a proxy
 * of its own and closes it to go offline: nothing can come from the server
 * after that, whatever asks for it.
 */

// Service workers are blocked for the other specs (playwright.config.ts).
test.use({ serviceWorkers: "allow" });
// Caching the whole tour (about 37 MB) takes a while on a busy machine.
test.setTimeout(240_000);

const firstLesson = lessonPaths[0]!;

/** Rewrites the body of a file the proxy serves (its path below the host), or leaves it (null). */
type Rewrite = (path: string, body: string) => string | null;

/**
 * A proxy to the preview server that the test can cut, and the site's address
 * through it; `redeploy` makes it serve changed files from then on, as a new
 * deploy of the site would.
 */
async function cuttableSite(baseURL: string): Promise<{
  site: string;
  cut: () => Promise<void>;
  redeploy: (rewrite: Rewrite) => void;
}> {
  const upstream = new URL(baseURL);
  let rewrite: Rewrite | null = null;
  const server = http.createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host, "accept-encoding": "identity" };
    if (rewrite !== null) {
      // A 304 would tell the browser that the file it has is still the one served.
      delete headers["if-none-match"];
      delete headers["if-modified-since"];
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (answer) => {
        const change = rewrite;
        if (change === null) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const body = Buffer.concat(chunks);
          const changed = change(new URL(req.url!, "http://x").pathname, body.toString("utf8"));
          const headers = { ...answer.headers };
          delete headers["content-length"];
          delete headers.etag;
          delete headers["last-modified"];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(changed === null ? body : changed);
        });
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return {
    site: `http://127.0.0.1:${port}${upstream.pathname}`,
    cut: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
    redeploy: (r) => {
      rewrite = r;
    },
  };
}

/** Waits until the service worker controls the page, which it does only once its cache is complete. */
async function waitForOfflineCache(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 180_000,
  });
}

async function goOffline(context: BrowserContext, cut: () => Promise<void>): Promise<void> {
  await cut();
  await context.setOffline(true);
}

const lessonsDir = fileURLToPath(new URL("../content/lessons/", import.meta.url));

/** The expected output of a lesson's first example, read from its .out file. */
function firstExampleOutput(lessonPath: string): string {
  const [chapterSlug, lessonSlug] = lessonPath.split("/");
  const chapter = readdirSync(lessonsDir).find(
    (name) => /^\d\d-/.test(name) && parseNumberedName(name).slug === chapterSlug,
  )!;
  const mdx = readdirSync(path.join(lessonsDir, chapter)).find(
    (name) => name.endsWith(".mdx") && parseNumberedName(name.slice(0, -4)).slug === lessonSlug,
  )!;
  const source = readFileSync(path.join(lessonsDir, chapter, mdx), "utf8");
  const example = /<Example\s+src="\.\/([\w-]+)\.ts"/.exec(source)![1]!;
  return readFileSync(path.join(lessonsDir, chapter, `${example}.out`), "utf8");
}

/**
 * A lesson far from the first one, in another chapter, whose example ends
 * normally: its output is exactly the .out, then "Program exited.".
 */
const unvisited = [...lessonPaths]
  .reverse()
  .find(
    (p) =>
      p.split("/")[0] !== firstLesson.split("/")[0] &&
      !/fatal error|panic:|goroutine \d+ \[|exit status/.test(firstExampleOutput(p)),
  )!;

test("a lesson never visited opens and runs its example with no network", async ({
  page,
  context,
  baseURL,
}) => {
  const { site, cut } = await cuttableSite(baseURL!);
  await page.goto(site + firstLesson);
  await waitForOfflineCache(page);

  // Every page and the compiler are in the cache before the network goes.
  const cached = await page.evaluate(
    async ({ base, paths }) => {
      const missing: string[] = [];
      for (const p of paths) {
        const hit = await caches.match(`${base}${p}index.html`, { ignoreSearch: true });
        if (hit === undefined) missing.push(p);
      }
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return { missing, wasm: urls.filter((u) => u.endsWith(".wasm")).length };
    },
    { base: new URL(site).pathname, paths: pagePaths },
  );
  expect(cached.missing).toEqual([]);
  expect(cached.wasm).toBeGreaterThan(0);

  await goOffline(context, cut);
  const failed: string[] = [];
  page.on("requestfailed", (r) => {
    if (r.url().startsWith(site)) failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });

  await page.goto(site + unvisited);
  const example = page.locator("figure[data-example]").first();
  await example.getByRole("button", { name: "Run", exact: true }).click();
  const output = example.getByRole("region", { name: "Output" });
  await expect(output).toContainText(/Program exited|Program stopped|Build failed/, {
    timeout: 60_000,
  });
  expect(await output.locator("[data-output]").innerText()).toBe(
    `${firstExampleOutput(unvisited)}\nProgram exited.`,
  );
  expect(failed).toEqual([]);

  // An edited program needs the editor and the compiler (the example as shown
  // may come compiled with the page): both work offline.
  await replaceCode(
    page,
    example,
    'import * as fmt from "go/fmt";\n\nexport async function main() {\n  fmt.println("edited", 6 * 7);\n}\n',
  );
  await example.getByRole("button", { name: "Run", exact: true }).click();
  await expect(output.locator("[data-output]")).toHaveText("edited 42\n\nProgram exited.", {
    timeout: 60_000,
  });

  // Search works offline too: Pagefind and its index are cached with the pages.
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("deadlock");
  await expect(
    page.getByRole("list", { name: "Search results" }).getByRole("link").first(),
  ).toBeVisible({ timeout: 30_000 });
  expect(failed).toEqual([]);
});

test("a new deploy takes over an open page: it reloads with the new page, which then works offline", async ({
  page,
  context,
  baseURL,
}) => {
  const { site, cut, redeploy } = await cuttableSite(baseURL!);
  const base = new URL(site).pathname;
  await page.goto(site + firstLesson);
  await waitForOfflineCache(page);
  const entries = await precacheSize(page);

  // The new deploy changes the first lesson: its HTML, and so its revision in the worker's list.
  const stamp = '<meta name="deploy" content="2">';
  let revised = false;
  redeploy((file, body) => {
    if (file === `${base}sw.js`) {
      const url = `${firstLesson}index.html`.replace(/[./]/g, "\\$&");
      const entry = new RegExp(`(url:"${url}",revision:")([0-9a-f]+)"`);
      revised = entry.test(body);
      return body.replace(entry, '$1$2-2"');
    }
    if (file === `${base}${firstLesson}` || file === `${base}${firstLesson}index.html`) {
      return body.replace("<head>", `<head>${stamp}`);
    }
    return null;
  });
  // Browsers look for a new worker on navigation and now and then; here, at once.
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())!.update();
  });
  // The new worker caches the changed page, takes over, and the open page reloads itself.
  await expect(page.locator('meta[name="deploy"]')).toHaveCount(1, { timeout: 120_000 });
  expect(revised, "the worker's list names the first lesson's page").toBe(true);
  // One copy of each file: the old revision of the page is gone from the cache.
  expect(await precacheSize(page)).toBe(entries);

  await cut();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('meta[name="deploy"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

/** How many files the precache holds. */
async function precacheSize(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let n = 0;
    for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
    return n;
  });
}

test("the web app manifest names the tour, its icons and its address under the base path", async ({
  page,
  baseURL,
}) => {
  await page.goto(firstLesson);
  const link = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(link).not.toBeNull();
  const manifestUrl = new URL(link!, page.url());
  const answer = await page.request.get(manifestUrl.href);
  expect(answer.ok()).toBe(true);
  const manifest = (await answer.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  const base = new URL(baseURL!).pathname;
  expect(manifest.name).toBe("Concurrency Tour");
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.display).toBe("standalone");
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(base);
  expect(new URL(manifest.scope, manifestUrl).pathname).toBe(base);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

  // Installable: PNG icons of 192 and 512 pixels, and one that may be masked.
  const sizes: string[] = [];
  for (const icon of manifest.icons) {
    const file = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()["content-type"], icon.src).toContain(icon.type);
    if (icon.type === "image/png") {
      const png = await file.body();
      const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
      expect(size, icon.src).toBe(icon.sizes);
      sizes.push(icon.purpose === "maskable" ? `${size} maskable` : size);
    }
  }
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512", "512x512 maskable"]));

  // The worker is registered at the base, for the base.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 180_000,
  });
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { scope: r?.scope, script: r?.active?.scriptURL };
  });
  expect(new URL(registration.scope!).pathname).toBe(base);
  expect(new URL(registration.script!).pathname).toBe(`${base}sw.js`);
});

test("with the service worker in control, a program still reaches neither the site nor its caches", async ({
  page,
  baseURL,
}) => {
  await page.goto(firstLesson);
  await waitForOfflineCache(page);
  // The site's own page, which the worker has cached: the sandbox's policy
  // refuses the request before any service worker could answer it.
  const pageUrl = new URL(firstLesson, baseURL).href;
  const attempts = [
    ["fetch a cached page", `await g.fetch(${JSON.stringify(pageUrl)})`],
    [
      "caches",
      "const keys = await g.caches.keys(); if (keys.length === 0) throw new Error('none')",
    ],
    [
      "service worker",
      "const rs = await g.navigator.serviceWorker.getRegistrations(); if (rs.length === 0) throw new Error('none')",
    ],
    [
      "indexedDB",
      "await new Promise((ok, no) => { const r = g.indexedDB.open('x'); r.onsuccess = ok; r.onerror = no; })",
    ],
  ];
  const body = attempts
    .map(
      ([name, code]) =>
        `  try { ${code}; fmt.println("${name}: reached"); } catch { fmt.println("${name}: blocked"); }`,
    )
    .join("\n");
  const example = page.locator("figure[data-example]").first();
  await replaceCode(
    page,
    example,
    `import * as fmt from "go/fmt";\n// eslint-disable-next-line\nconst g = globalThis as any;\n\nexport async function main() {\n${body}\n}\n`,
  );
  await example.getByRole("button", { name: "Run", exact: true }).click();
  const output = example.getByRole("region", { name: "Output" });
  await expect(output).toContainText(/Program exited|Program stopped|Build failed/, {
    timeout: 60_000,
  });
  const text = await output.locator("[data-output]").innerText();
  for (const [name] of attempts) expect(text, name).toContain(`${name}: blocked`);
  expect(text).toContain("Program exited.");
});

/** Opens the example's editor (a click on its code, unless idle time has) and replaces its program. */
async function replaceCode(page: Page, example: Locator, code: string): Promise<void> {
  await example
    .locator("pre.shiki")
    .first()
    .click({ timeout: 5_000 })
    .catch(() => {});
  const lines = example.locator(".monaco-editor .view-lines");
  await expect(lines).toContainText("import", { timeout: 60_000 });
  await lines.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}
