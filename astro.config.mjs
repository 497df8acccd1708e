import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { editorCss } from "./src/build/editor-css.ts";
import { exerciseChecks } from "./src/build/exercise-checks.ts";
import { offline } from "./src/build/offline.ts";
import { sandboxBundle } from "./src/build/sandbox-bundle.ts";
import { searchIndex } from "./src/build/search-index.ts";
import { tsLibs } from "./src/build/ts-libs.ts";
import { exampleFilesPlugin } from "./src/mdx/example-files-plugin.ts";
import { exampleWatch } from "./src/mdx/example-watch.ts";
import { puzzlePlugin } from "./src/mdx/puzzle-plugin.ts";
import { codeThemes } from "./src/site/code-themes.ts";

// The one setting for where the site lives: `BASE_PATH=/tour/ npm run build`.
const base = process.env.BASE_PATH || "/";

const projectDir = fileURLToPath(new URL("./", import.meta.url));
const contentDir = fileURLToPath(new URL("./content/", import.meta.url));
const runtimeDir = fileURLToPath(new URL("./runtime/", import.meta.url));

export default defineConfig({
  base,
  trailingSlash: "ignore",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // HTML's whitespace rules, not JSX's: prose in templates wraps across lines
  // (the formatter rewraps it), and a line break before <code> or <a> must stay a space.
  compressHTML: true,
  markdown: {
    processor: satteri({
      mdastPlugins: [
        exampleFilesPlugin({ contentDir, projectDir }),
        puzzlePlugin({ contentDir, projectDir }),
      ],
    }),
    shikiConfig: { themes: codeThemes, defaultColor: false },
  },
  // searchIndex: Pagefind indexes the built pages into pagefind/ of the output directory.
  // offline comes last: it lists for the service worker's cache what the others wrote.
  integrations: [mdx(), searchIndex(), offline()],
  vite: {
    // The learner's module names, as in tsconfig.json and vitest.config.ts.
    resolve: {
      alias: [
        { find: /^go$/, replacement: `${runtimeDir}index.ts` },
        { find: /^go\/(.+)$/, replacement: `${runtimeDir}modules/$1.ts` },
      ],
    },
    // In `npm run dev`, saving an example's .ts or .out refreshes its lesson.
    // The editor's CSS comes with the editor, not with every page (src/build/editor-css.ts).
    plugins: [sandboxBundle(), exerciseChecks(), editorCss(), exampleWatch(`${contentDir}lessons`)],
    // The editor's type checker (a worker) without the DOM's lib files (src/build/ts-libs.ts).
    worker: { format: "es", plugins: () => [tsLibs()] },
    build: {
      rolldownOptions: {
        // Astro marks MDX modules with a directive the bundler warns about on every
        // lesson; the warning is harmless (withastro/astro#18087) and would bury real ones.
        onLog(level, log, handler) {
          if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes("astro:head-inject"))
            return;
          handler(level, log);
        },
      },
    },
  },
});
