import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * The editor's stylesheets load with the editor. Monaco's modules import some
 * hundred small CSS files; Astro links the CSS of every module a page may ever
 * import, the lazily loaded editor's included, so every lesson would fetch
 * about 175 KB of editor CSS before any interaction. Here each of those
 * imports becomes a small script that adds its rules to the page when the
 * editor's code runs, and so only then. Fonts it names (the codicons) stay
 * files of their own, fetched by the browser when a rule first uses them.
 */
export function editorCss(): Plugin {
  const prefix = "\0editor-css:";
  const monaco = /[/\\]node_modules[/\\]monaco-editor[/\\]/;
  // esm/vs, where the package's "monaco-editor/…" names point.
  const monacoDir = dirname(
    dirname(createRequire(import.meta.url).resolve("monaco-editor/editor/editor.api.js")),
  );
  return {
    name: "tour-editor-css",
    enforce: "pre",
    resolveId(source, importer) {
      if (importer === undefined || !source.endsWith(".css")) return;
      let file: string;
      // The package's exports map every name to a .js file: reach its CSS directly.
      if (source.startsWith("monaco-editor/")) file = resolve(monacoDir, source.slice(14));
      else if (monaco.test(importer) && source.startsWith(".")) {
        file = resolve(dirname(importer), source);
      } else return;
      // A module id ending in .css would go through Vite's CSS pipeline.
      return `${prefix}${file}.js`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return;
      const file = id.slice(prefix.length, -".js".length);
      const imports: string[] = [];
      const parts: string[] = [];
      let last = 0;
      const css = readFileSync(file, "utf8");
      for (const m of css.matchAll(/url\((["']?)(\.{1,2}\/[^"')]+)\1\)/g)) {
        const name = `asset${imports.length}`;
        imports.push(
          `import ${name} from ${JSON.stringify(`${resolve(dirname(file), m[2]!)}?url`)};`,
        );
        parts.push(JSON.stringify(css.slice(last, m.index)), `"url(" + ${name} + ")"`);
        last = m.index + m[0].length;
      }
      parts.push(JSON.stringify(css.slice(last)));
      return [
        ...imports,
        `const style = document.createElement("style");`,
        `style.dataset.editorCss = ${JSON.stringify(file.replace(/.*monaco-editor[/\\]/, ""))};`,
        `style.textContent = ${parts.join(" + ")};`,
        `document.head.append(style);`,
      ].join("\n");
    },
  };
}
