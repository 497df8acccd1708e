import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * `npm run dev` starts with Vite's dependency scan, which reads every
 * `<script>…</script>` it finds in an `.astro` file as TypeScript, even one
 * written inside a comment or a string in the frontmatter. A tag there made
 * the scan fail with a PARSE_ERROR at every start. These are Vite's own
 * patterns (vite/dist/node/chunks/node.js, the scan's htmlTypeOnLoadCallback).
 */

const scriptRE =
  /(<script(?:\s+[a-z_:][-\w:]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^"'<>=\s]+))?)*\s*>)(.*?)<\/script>/gis;
const commentRE = /<!--.*?-->/gs;
const typeRE = /\btype\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s'">]+))/i;

const srcDir = fileURLToPath(new URL("../", import.meta.url));

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? astroFiles(path.join(dir, e.name))
      : e.name.endsWith(".astro")
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** The script bodies the scan would compile, as TypeScript. */
function scannedScripts(text: string): string[] {
  const bodies: string[] = [];
  for (const [, openTag, content] of text.replace(commentRE, "<!---->").matchAll(scriptRE)) {
    const m = typeRE.exec(openTag!);
    const type = m && (m[1] || m[2] || m[3]);
    if (type && !(type.includes("javascript") || type.includes("ecmascript") || type === "module"))
      continue;
    if (content!.trim()) bodies.push(content!);
  }
  return bodies;
}

describe("Vite's dependency scan", () => {
  it("finds the script tags a comment would hide, as it does in Vite", () => {
    expect(scannedScripts('---\n// a <script> tag, "</script>"\n---\n')).toEqual([' tag, "']);
  });

  it.each(astroFiles(srcDir).map((f) => [path.relative(srcDir, f), f]))(
    "reads every script in %s as TypeScript",
    (_name, file) => {
      for (const body of scannedScripts(readFileSync(file, "utf8"))) {
        expect(() => transformSync(body, { loader: "ts" })).not.toThrow();
      }
    },
  );
});
