import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import type { AstroIntegrationLogger } from "astro";
import { afterEach, describe, expect, it } from "vitest";
import { searchIndex } from "./search-index.ts";

/** Runs the integration's hook on `dir` as Astro does at the end of a build. */
async function buildDone(dir: string): Promise<string[]> {
  const said: string[] = [];
  const info = (message: string) => void said.push(message);
  const logger = { info } as unknown as AstroIntegrationLogger;
  const hook = searchIndex().hooks["astro:build:done"]!;
  await hook({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() });
  return said;
}

/** What Pagefind stored of each page: its address, title, chapter and text. */
async function fragments(dir: string) {
  const fragmentDir = path.join(dir, "pagefind", "fragment");
  const pages = [];
  for (const name of await readdir(fragmentDir)) {
    const raw = gunzipSync(await readFile(path.join(fragmentDir, name))).toString("utf8");
    const json = JSON.parse(raw.slice(raw.indexOf("{"))) as {
      url: string;
      content: string;
      meta: Record<string, string>;
    };
    pages.push(json);
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

const lesson = page(`
  <header><nav>Contents Home</nav></header>
  <main><article data-pagefind-body>
    <p data-pagefind-ignore>Chapter 2: <span data-pagefind-meta="chapter">Channels</span></p>
    <h1>Directions</h1>
    <p>The thermometer sends readings on a send-only channel.</p>
    <figure data-pagefind-ignore><pre>const readings = chan&lt;number&gt;();</pre><button>Run</button></figure>
    <nav data-pagefind-ignore><a href="/">Previous</a></nav>
  </article></main>`);

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("searchIndex", () => {
  it("indexes the marked prose of each page into pagefind/, and nothing else", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "search-index-"));
    await mkdir(path.join(dir, "channels", "directions"), { recursive: true });
    await writeFile(path.join(dir, "channels", "directions", "index.html"), lesson);
    await writeFile(path.join(dir, "index.html"), page("<h1>Home</h1><p>Start the tour.</p>"));

    const said = await buildDone(dir);

    expect(said.join("\n")).toMatch(/indexed \d+ pages? for search/);
    const files = await readdir(path.join(dir, "pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files).toContain("pagefind-entry.json");
    // Pagefind's own interfaces are not shipped: the header has its own box.
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);

    const indexed = await fragments(dir);
    expect(indexed.map((p) => p.url)).toEqual(["/channels/directions/"]);
    const [directions] = indexed;
    expect(directions!.meta).toMatchObject({ title: "Directions", chapter: "Channels" });
    expect(directions!.content).toContain("thermometer sends readings");
    for (const chrome of ["Chapter 2", "readings = chan", "Run", "Previous", "Contents"]) {
      expect(directions!.content, chrome).not.toContain(chrome);
    }
  }, 60_000);

  it("fails the build when no page is marked for the index", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "search-index-"));
    await writeFile(path.join(dir, "index.html"), page("<main><p>Nothing marked</p></main>"));
    await expect(buildDone(dir)).rejects.toThrow(/no page marked data-pagefind-body/);
  }, 60_000);
});
