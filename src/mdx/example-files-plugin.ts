import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MdxJsxAttributeNode } from "satteri";
import { defineMdastPlugin, type MdastPluginEntry } from "satteri";
import { readExampleFiles } from "./example-files.ts";

/**
 * Lets a lesson embed its example by file name alone: `<Example src="./go-statement.ts" />`.
 *
 * An MDX component cannot see which file it is rendered from, so this Markdown
 * plugin, which can, resolves `src` next to the lesson and hands the component
 * the program, its expected output, its id and its Go twin (when there is one)
 * as plain attributes. A missing or
 * misnamed file fails the build with the lesson's path in the message.
 */

const componentName = "Example";

function attribute(name: string, value: string): MdxJsxAttributeNode {
  return { type: "mdxJsxAttribute", name, value };
}

export function exampleFilesPlugin(options: {
  contentDir: string;
  projectDir: string;
}): MdastPluginEntry {
  return ({ fileURL, sourceFormat }) => {
    if (sourceFormat !== "mdx" || !fileURL) return null;
    const lessonFile = fileURLToPath(fileURL);
    const lessonName = path.relative(options.projectDir, lessonFile);
    return defineMdastPlugin({
      name: "example-files",
      mdxJsxFlowElement(node) {
        if (node.name !== componentName) return;
        const src = node.attributes.find(
          (a) => a.type === "mdxJsxAttribute" && a.name === "src",
        )?.value;
        const fail = (problem: string): never => {
          throw new Error(
            `${lessonName}: <${componentName} src=${JSON.stringify(src)}>: ${problem}`,
          );
        };
        if (node.attributes.length !== 1 || typeof src !== "string") {
          return fail(
            `takes exactly one attribute, src, a file name in quotes such as "./go-statement.ts"`,
          );
        }
        let example;
        try {
          example = readExampleFiles(
            options.contentDir,
            path.resolve(path.dirname(lessonFile), src),
          );
        } catch (error) {
          return fail((error as Error).message);
        }
        return {
          ...node,
          attributes: [
            attribute("id", example.id),
            attribute("filename", example.filename),
            attribute("source", example.source),
            attribute("expected", example.expected),
            ...(example.go === undefined ? [] : [attribute("go", example.go)]),
          ],
        };
      },
    });
  };
}
