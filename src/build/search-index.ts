import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * Pagefind's own search interfaces, which it writes beside the index; the
 * header has its own box, and these would only weigh on the deploy and the
 * offline cache (about 430 KB).
 */
const unusedBundles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The search index, built with the site: once Astro has written the pages,
 * Pagefind reads them and writes its index to `pagefind/` in the same output
 * directory, where the header's search box looks for it (and the offline
 * cache picks it up). Only what a page marks with `data-pagefind-body` is
 * indexed: a lesson's and an exercise's prose, not their code, output or
 * navigation (`data-pagefind-ignore`), nor the home page.
 *
 * A build whose index fails, or finds no page at all, fails: a site whose
 * search box finds nothing is a broken site.
 */
/** The pages below `dir` that mark content for the index. */
async function markedPages(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const html = await readFile(path.join(entry.parentPath, entry.name), "utf8");
    if (html.includes("data-pagefind-body")) count++;
  }
  return count;
}

export function searchIndex(): AstroIntegration {
  return {
    name: "tour-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        // Left to itself, Pagefind would index whole pages when none is marked.
        const marked = await markedPages(siteDir);
        if (marked === 0) throw new Error(`no page marked data-pagefind-body in ${siteDir}`);
        const pagefind = await import("pagefind");
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) {
            throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
          }
          const written = await index.writeFiles({ outputPath: `${siteDir}pagefind` });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          }
          for (const name of await readdir(written.outputPath)) {
            if (unusedBundles.test(name)) await rm(path.join(written.outputPath, name));
          }
          logger.info(`indexed ${marked} pages for search in ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
