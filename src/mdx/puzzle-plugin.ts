import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MdxJsxAttributeNode } from "satteri";
import { defineMdastPlugin, type MdastPluginEntry } from "satteri";
import { exampleSources, readPuzzleProps } from "../tour/puzzle-schema.ts";
import { readExampleFiles } from "./example-files.ts";

/**
 * Lets a lesson set a puzzle on one of its examples:
 *
 * ```mdx
 * <Example src="./cash-machine.ts" />
 *
 * <Puzzle src="./cash-machine.ts" goal="output" output="balance: -40">
 * The task, in prose.
 * </Puzzle>
 * ```
 *
 * The attributes are checked against the schema (src/tour/puzzle-schema.ts)
 * and the program must be one the lesson embeds with `<Example>`; anything
 * wrong fails the build with the lesson's path. The component gets the
 * program's id, file name and source, and the goal as JSON.
 */

const componentName = "Puzzle";

function attribute(name: string, value: string): MdxJsxAttributeNode {
  return { type: "mdxJsxAttribute", name, value };
}

export function puzzlePlugin(options: {
  contentDir: string;
  projectDir: string;
}): MdastPluginEntry {
  return ({ fileURL, sourceFormat }) => {
    if (sourceFormat !== "mdx" || !fileURL) return null;
    const lessonFile = fileURLToPath(fileURL);
    const lessonName = path.relative(options.projectDir, lessonFile);
    return defineMdastPlugin({
      name: "puzzle",
      mdxJsxFlowElement(node) {
        if (node.name !== componentName) return;
        const fail = (problem: string): never => {
          throw new Error(`${lessonName}: <${componentName}>: ${problem}`);
        };
        const attributes: Record<string, unknown> = {};
        for (const a of node.attributes) {
          if (a.type !== "mdxJsxAttribute" || typeof a.value !== "string") {
            return fail('attributes are plain quoted strings: src="./name.ts" goal="deadlock"');
          }
          attributes[a.name] = a.value;
        }
        const props = readPuzzleProps(attributes);
        if (!props.ok) return fail(props.problems.join("; "));
        const lessonText = existsSync(lessonFile) ? readFileSync(lessonFile, "utf8") : "";
        if (!exampleSources(lessonText).includes(props.src)) {
          return fail(
            `src=${JSON.stringify(props.src)}: the lesson must show the program too: add <Example src=${JSON.stringify(props.src)} /> before the puzzle`,
          );
        }
        let example;
        try {
          example = readExampleFiles(
            options.contentDir,
            path.resolve(path.dirname(lessonFile), props.src),
          );
        } catch (error) {
          return fail(`src=${JSON.stringify(props.src)}: ${(error as Error).message}`);
        }
        return {
          ...node,
          attributes: [
            attribute("id", example.id),
            attribute("filename", example.filename),
            attribute("source", example.source),
            attribute("goal", JSON.stringify(props.goal)),
          ],
        };
      },
    });
  };
}
