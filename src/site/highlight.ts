import { codeToHtml } from "shiki";
import { codeThemes } from "./code-themes.ts";

/** TypeScript highlighted at build time, in both themes, as a block a keyboard can scroll. */
export function highlightTs(source: string): Promise<string> {
  return codeToHtml(source.trimEnd(), {
    lang: "ts",
    themes: codeThemes,
    defaultColor: false,
    transformers: [
      {
        // A scrolling code block must be reachable by keyboard.
        pre(node) {
          node.properties.tabindex = "0";
        },
      },
    ],
  });
}
