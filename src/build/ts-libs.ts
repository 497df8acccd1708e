// A Vite plugin that leaves out of the editor's type checker the lib files no
// program in the tour can use. Monaco's TypeScript worker carries every lib
// TypeScript ships (3.1 MB of its 6.7 MB), the DOM's (1.9 MB) and the web
// worker's (0.6 MB) among them; the editor compiles against ES2023 alone
// (src/client/playground/editor.ts: a program runs in a worker with no DOM and
// gets `console` only), so the DOM, web worker and script host libs are
// dead weight that every learner would download and parse.
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** The module of Monaco's that holds the lib files, one assignment each. */
const libModule = /monaco-editor\/esm\/vs\/languages\/features\/typescript\/lib\/lib\.js$/;

/** Lib files about a host the tour's programs never run in. */
export const droppedLib = /^lib\.(dom|webworker|scripthost)\b/;

/** Monaco's lib module without the dropped libs. */
export function trimLibs(source: string): string {
  // One assignment per lib, each starting a line (a lib's text may run over
  // several lines, continued with a backslash): cut before each one, and
  // before the module's export, which follows the last.
  return source
    .split(/^(?=libFileMap\["|export )/m)
    .filter((part) => {
      const name = /^libFileMap\["([^"]+)"\] = /.exec(part)?.[1];
      return name === undefined || !droppedLib.test(name);
    })
    .join("");
}

export function tsLibs(): Plugin {
  return {
    name: "ts-libs",
    enforce: "pre",
    load(id) {
      const file = id.split("?")[0]!;
      if (!libModule.test(file)) return undefined;
      return trimLibs(readFileSync(file, "utf8"));
    },
  };
}
