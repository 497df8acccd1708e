import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { mdxToJs } from "satteri";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFilesPlugin } from "./example-files-plugin.ts";
import { exampleId, expectedOutputFile, readExampleFiles } from "./example-files.ts";

let projectDir: string;
let contentDir: string;
let chapterDir: string;

beforeAll(() => {
  projectDir = mkdtempSync(path.join(tmpdir(), "example-files-"));
  contentDir = path.join(projectDir, "content");
  chapterDir = path.join(contentDir, "lessons", "01-goroutines");
  mkdirSync(chapterDir, { recursive: true });
  writeFileSync(path.join(chapterDir, "hello.ts"), 'console.log("</script>");\n');
  writeFileSync(path.join(chapterDir, "hello.out"), "</script>\n");
  writeFileSync(path.join(chapterDir, "no-output.ts"), "export {};\n");
});

afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

describe("example ids", () => {
  it("drop number prefixes and the extension, so renumbering keeps a learner's edits", () => {
    expect(exampleId("lessons/01-goroutines/go-statement.ts")).toBe(
      "lessons/goroutines/go-statement",
    );
    expect(exampleId("lessons/01-goroutines/02-other.ts")).toBe("lessons/goroutines/other");
  });

  it("pair a program with its expected output", () => {
    expect(expectedOutputFile("/a/b/cheap.ts")).toBe("/a/b/cheap.out");
  });
});

describe("readExampleFiles", () => {
  it("reads the program and its expected output", () => {
    expect(readExampleFiles(contentDir, path.join(chapterDir, "hello.ts"))).toEqual({
      id: "lessons/goroutines/hello",
      filename: "hello.ts",
      source: 'console.log("</script>");\n',
      expected: "</script>\n",
    });
  });

  it("reads the Go twin beside the program, when there is one", () => {
    writeFileSync(path.join(chapterDir, "twin.ts"), "export {};\n");
    writeFileSync(path.join(chapterDir, "twin.out"), "");
    writeFileSync(path.join(chapterDir, "twin.go"), "package main\n");
    expect(readExampleFiles(contentDir, path.join(chapterDir, "twin.ts")).go).toBe(
      "package main\n",
    );
    expect(readExampleFiles(contentDir, path.join(chapterDir, "hello.ts"))).not.toHaveProperty(
      "go",
    );
  });

  it("says what is missing", () => {
    expect(() => readExampleFiles(contentDir, path.join(chapterDir, "nope.ts"))).toThrow(
      "there is no such file",
    );
    expect(() => readExampleFiles(contentDir, path.join(chapterDir, "no-output.ts"))).toThrow(
      "its expected output is missing: write it to no-output.out, beside the program",
    );
    expect(() => readExampleFiles(contentDir, path.join(projectDir, "elsewhere.ts"))).toThrow(
      "must be inside",
    );
  });
});

describe("exampleFilesPlugin", () => {
  async function compile(mdx: string): Promise<string> {
    const result = await mdxToJs(mdx, {
      mdastPlugins: [exampleFilesPlugin({ contentDir, projectDir })],
      fileURL: pathToFileURL(path.join(chapterDir, "01-hello.mdx")),
    });
    return result.code;
  }

  it("gives <Example> the program, its output and its id in place of src", async () => {
    const code = await compile('Some prose.\n\n<Example src="./hello.ts" />\n');
    expect(code).toContain('id: "lessons/goroutines/hello"');
    expect(code).toContain('filename: "hello.ts"');
    expect(code).toMatch(/source: "console\.log\(/);
    expect(code).toMatch(/expected: "<\\?\/script>\\n"/);
    expect(code).not.toContain("./hello.ts");
  });

  it("gives <Example> the Go twin as go, when there is one", async () => {
    expect(await compile('<Example src="./twin.ts" />\n')).toContain('go: "package main\\n"');
    expect(await compile('<Example src="./hello.ts" />\n')).not.toContain("go:");
  });

  it("fails naming the lesson when the program or its output is missing", async () => {
    await expect(compile('<Example src="./nope.ts" />\n')).rejects.toThrow(
      /content\/lessons\/01-goroutines\/01-hello\.mdx: <Example src="\.\/nope\.ts">: there is no such file/,
    );
    await expect(compile('<Example src="./no-output.ts" />\n')).rejects.toThrow(/no-output\.out/);
  });

  it("accepts only a quoted src", async () => {
    await expect(compile("<Example src={name} />\n")).rejects.toThrow(
      /takes exactly one attribute, src/,
    );
    await expect(compile('<Example src="./hello.ts" title="x" />\n')).rejects.toThrow(
      /takes exactly one attribute, src/,
    );
  });

  it("leaves other components alone", async () => {
    expect(await compile('<TryThis>Run it.</TryThis>\n\n<Other src="./nope.ts" />\n')).toContain(
      "./nope.ts",
    );
  });
});
