import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { mdxToJs } from "satteri";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFilesPlugin } from "./example-files-plugin.ts";
import { puzzlePlugin } from "./puzzle-plugin.ts";

let projectDir: string;
let contentDir: string;
let chapterDir: string;

beforeAll(() => {
  projectDir = mkdtempSync(path.join(tmpdir(), "puzzle-plugin-"));
  contentDir = path.join(projectDir, "content");
  chapterDir = path.join(contentDir, "lessons", "04-sync");
  mkdirSync(chapterDir, { recursive: true });
  writeFileSync(path.join(chapterDir, "bank.ts"), "export async function main() {}\n");
  writeFileSync(path.join(chapterDir, "bank.out"), "");
});

afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

/** Compiles `mdx` as the lesson 01-bank.mdx (written to disk: the plugin reads the lesson's text). */
async function compile(mdx: string): Promise<string> {
  const lesson = path.join(chapterDir, "01-bank.mdx");
  writeFileSync(lesson, mdx);
  const result = await mdxToJs(mdx, {
    mdastPlugins: [
      exampleFilesPlugin({ contentDir, projectDir }),
      puzzlePlugin({ contentDir, projectDir }),
    ],
    fileURL: pathToFileURL(lesson),
  });
  return result.code;
}

const example = '<Example src="./bank.ts" />\n\n';

describe("puzzlePlugin", () => {
  it("gives <Puzzle> the program, its id and the goal as JSON", async () => {
    const code = await compile(
      `${example}<Puzzle src="./bank.ts" goal="output" output="balance: -40">\n\nThe task.\n\n</Puzzle>\n`,
    );
    expect(code).toContain('id: "lessons/sync/bank"');
    expect(code).toContain('filename: "bank.ts"');
    expect(code).toContain('goal: "{\\"kind\\":\\"output\\",\\"line\\":\\"balance: -40\\"}"');
    expect(code).toContain("The task.");
  });

  it("fails naming the lesson and the attribute when the goal is wrong", async () => {
    await expect(
      compile(`${example}<Puzzle src="./bank.ts" goal="output">Task.</Puzzle>\n`),
    ).rejects.toThrow(
      /content\/lessons\/04-sync\/01-bank\.mdx: <Puzzle>: output: goal="output" needs output=/,
    );
    await expect(
      compile(`${example}<Puzzle src="./bank.ts" goal="crash">Task.</Puzzle>\n`),
    ).rejects.toThrow(/01-bank\.mdx: <Puzzle>: goal: Invalid option/);
    await expect(
      compile(`${example}<Puzzle src="./bank.ts" goal="deadlock" hint="x">Task.</Puzzle>\n`),
    ).rejects.toThrow(/01-bank\.mdx: <Puzzle>: unknown attribute "hint"/);
    await expect(
      compile(`${example}<Puzzle src={file} goal="deadlock">Task.</Puzzle>\n`),
    ).rejects.toThrow(/01-bank\.mdx: <Puzzle>: attributes are plain quoted strings/);
  });

  it("wants the program shown by the lesson, and there", async () => {
    await expect(
      compile('<Puzzle src="./bank.ts" goal="deadlock">Task.</Puzzle>\n'),
    ).rejects.toThrow(/add <Example src="\.\/bank\.ts" \/> before the puzzle/);
    await expect(
      compile(
        '<Example src="./bank.ts" />\n<Example src="./gone.ts" />\n\n<Puzzle src="./gone.ts" goal="deadlock">Task.</Puzzle>\n',
      ),
    ).rejects.toThrow(/there is no such file/);
  });
});
