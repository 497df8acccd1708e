import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

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
export function searchIndex(): AstroIntegration {
  return {
    name: "tour-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pagefind = await import("pagefind");
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) {
            throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
          }
          if (added.page_count === 0) {
            throw new Error(`Pagefind found no page marked data-pagefind-body in ${siteDir}`);
          }
          const written = await index.writeFiles({ outputPath: `${siteDir}pagefind` });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          }
          logger.info(`indexed ${added.page_count} pages for search in ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
