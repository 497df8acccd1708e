import { codeToHtml } from "shiki";
import { codeThemes } from "./code-themes.ts";

/** TypeScript highlighted at build time, in both themes, as a block a keyboard can scroll. */
export function highlightTs(source: string): Promise<string> {
  return highlight(source, "ts");
}

/** Code in `lang` ("ts", "go") highlighted at build time, in both themes, as a block a keyboard can scroll. */
export function highlight(source: string, lang: "ts" | "go"): Promise<string> {
  return codeToHtml(source.trimEnd(), {
    lang,
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
