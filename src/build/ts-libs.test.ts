import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { droppedLib, trimLibs } from "./ts-libs.ts";

const libModule = createRequire(import.meta.url).resolve(
  "monaco-editor/languages/features/typescript/lib/lib.js",
);

/** The lib files a module of Monaco's shape exports, by name. */
async function load(source: string): Promise<Record<string, string>> {
  const url = `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`;
  return ((await import(/* @vite-ignore */ url)) as { libFileMap: Record<string, string> })
    .libFileMap;
}

/** The lib files a module of Monaco's shape defines, by name. */
function libs(source: string): Record<string, string> {
  const map: Record<string, string> = {};
  new Function(
    "libFileMap",
    source.replace(/^export .*$/gm, "").replace(/^const libFileMap = \{\};$/m, ""),
  )(map);
  return map;
}

describe("the editor's lib files", () => {
  const full = libs(readFileSync(libModule, "utf8"));
  const kept = libs(trimLibs(readFileSync(libModule, "utf8")));

  it("are Monaco's, less the DOM, web worker and script host ones", () => {
    expect(Object.keys(full)).toContain("lib.dom.d.ts");
    expect(Object.keys(kept)).not.toContain("lib.dom.d.ts");
    expect(Object.keys(kept)).not.toContain("lib.webworker.d.ts");
    for (const [name, text] of Object.entries(full)) {
      if (!droppedLib.test(name)) expect(kept[name], name).toBe(text);
    }
    const size = (m: Record<string, string>) =>
      Object.values(m).reduce((sum, text) => sum + text.length, 0);
    expect(size(kept)).toBeLessThan(size(full) / 4);
  });

  it("are still the module's export", async () => {
    const exported = await load(trimLibs(readFileSync(libModule, "utf8")));
    expect(Object.keys(exported).sort()).toEqual(Object.keys(kept).sort());
    expect(exported["lib.es5.d.ts"]).toBe(full["lib.es5.d.ts"]);
  });

  it("hold everything lib.es2023.d.ts, the editor's lib, refers to", () => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      expect(kept[name], `${name} is missing`).toBeDefined();
      for (const m of kept[name]!.matchAll(/\/\/\/\s*<reference lib="([^"]+)"/g))
        visit(`lib.${m[1]!.toLowerCase()}.d.ts`);
    };
    visit("lib.es2023.d.ts");
    expect(seen.size).toBeGreaterThan(30);
  });
});
