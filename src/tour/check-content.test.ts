import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { writeExampleOutput } from "../../scripts/example-output.ts";
import {
  checkEmbeds,
  checkExampleOutputs,
  checkExercise,
  checkFormatting,
  checkFrontmatter,
  checkTypes,
  formatProblem,
  listContent,
  type Problem,
} from "./check-content.ts";

/**
 * The content check (`npm run check:content`, and the first step of
 * `npm run build`) finds what an instructor can get wrong, in the real
 * content and in small projects made in a temporary folder, and says where.
 */

const projectDir = fileURLToPath(new URL("../../", import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const show = (problems: Problem[]) => problems.map(formatProblem);

const chapterYaml = "title: One\nsummary: The first chapter.\n";
const lesson = (body = "Hello.\n") => `---\ntitle: Hello\nsummary: A first lesson.\n---\n\n${body}`;
const hello = `import * as fmt from "go/fmt";\n\nexport async function main() {\n  fmt.println("hello");\n}\n`;

/** A project holding `files` (paths below its root); content/lessons/01-one is a chapter. */
function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "tour-check-content-"));
  made.push(root);
  const all = { "content/lessons/01-one/chapter.yaml": chapterYaml, ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("the real content", () => {
  const content = listContent(projectDir);

  it("has frontmatter that matches the schemas, and a tour order without clashes", () => {
    expect(content.lessons.length).toBeGreaterThan(0);
    expect(show(checkFrontmatter(content))).toEqual([]);
  });

  it("embeds examples that exist, each with its .out file", () => {
    expect(show(checkEmbeds(content))).toEqual([]);
  });

  it("has no type errors in any example or exercise file", { timeout: 120_000 }, () => {
    expect(show(checkTypes(content, projectDir))).toEqual([]);
  });
});

describe("frontmatter problems say the file, the line and the field", () => {
  it("a misspelt field and a missing one, with no markup and no :0:0", () => {
    const root = makeProject({
      "content/lessons/01-one/01-hello.mdx": "---\ntitel: Hello\n---\n\nHello.\n",
    });
    const found = show(checkFrontmatter(listContent(root)));
    expect(found).toEqual([
      "content/lessons/01-one/01-hello.mdx:1:1: title: missing; a lesson needs title, summary",
      "content/lessons/01-one/01-hello.mdx:1:1: summary: missing; a lesson needs title, summary",
      'content/lessons/01-one/01-hello.mdx:2:1: unknown field "titel": a lesson has the fields title, summary',
    ]);
    expect(found.join("\n")).not.toMatch(/\*\*|:0:0/);
  });

  it("a field of the wrong type, and YAML that does not parse, at their lines", () => {
    const root = makeProject({
      "content/lessons/01-one/01-hello.mdx":
        "---\ntitle: Hello\nsummary: [a, list]\n---\n\nHello.\n",
      "content/lessons/01-one/02-colon.mdx":
        "---\ntitle: Colons\nsummary: One thing: another.\n---\n\nHello.\n",
    });
    const found = show(checkFrontmatter(listContent(root)));
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/lessons\/01-one\/01-hello\.mdx:3:1: summary: .*expected string/,
      ),
      expect.stringMatching(/^content\/lessons\/01-one\/02-colon\.mdx:3:10: YAML: Nested mappings/),
    ]);
  });

  it("an exercise's unknown difficulty, at the line of the field", () => {
    const root = makeProject({
      "content/lessons/01-one/01-hello.mdx": lesson(),
      "content/exercises/workers/index.mdx":
        "---\ntitle: W\nsummary: S.\nchapter: 01-one\norder: 1\ndifficulty: tricky\nfilename: w.ts\nhints:\n  - a\n  - b\n---\n",
    });
    expect(show(checkFrontmatter(listContent(root)))).toEqual([
      expect.stringMatching(
        /^content\/exercises\/workers\/index\.mdx:6:1: difficulty: .*"easy"\|"medium"\|"hard"/,
      ),
    ]);
  });

  it("two lessons with one number name both files", () => {
    const root = makeProject({
      "content/lessons/01-one/06-first.mdx": lesson(),
      "content/lessons/01-one/06-second.mdx": lesson(),
    });
    expect(show(checkFrontmatter(listContent(root)))).toEqual([
      'content:1:1: In chapter "01-one", lesson number "6" is used twice: by content/lessons/01-one/06-first.mdx and by content/lessons/01-one/06-second.mdx',
    ]);
  });
});

describe("moved pages", () => {
  it("lead to a page that exists, and do not shadow one", () => {
    const root = makeProject({ "content/lessons/01-one/01-hello.mdx": lesson() });
    const content = listContent(root);
    expect(show(checkFrontmatter(content, { "two/gone/": "gone" }))).toEqual([
      'src/tour/moved.ts:1:1: "two/gone/" moved to "gone", which is not a lesson or an exercise any more',
    ]);
    expect(show(checkFrontmatter(content, { "one/hello/": "01-one/01-hello" }))).toEqual([
      'src/tour/moved.ts:1:1: "one/hello/" is listed as moved, but it is the address of 01-one/01-hello again: remove it from the list',
    ]);
    expect(show(checkFrontmatter(content, { "zero/hello/": "01-one/01-hello" }))).toEqual([]);
  });
});

describe("examples", () => {
  it("a missing .out file and a program no lesson embeds", () => {
    const root = makeProject({
      "content/lessons/01-one/01-hello.mdx": lesson('Text.\n\n<Example src="./hello.ts" />\n'),
      "content/lessons/01-one/hello.ts": hello,
      "content/lessons/01-one/stray.ts": hello,
      "content/lessons/01-one/stray.out": "hello\n",
    });
    expect(show(checkEmbeds(listContent(root)))).toEqual([
      'content/lessons/01-one/01-hello.mdx:8:1: <Example src="./hello.ts">: its expected output is missing: write it to hello.out, beside the program',
      'content/lessons/01-one/stray.ts:1:1: no lesson of its chapter embeds it: add <Example src="./stray.ts" /> to one, or delete it',
    ]);
  });

  it("a type error in an example, at its line and column", { timeout: 60_000 }, () => {
    const root = makeProject({
      "content/lessons/01-one/typo.ts": `import { chan } from "go";\n\nexport async function main() {\n  const ch = chan<number>(1);\n  await ch.send("one");\n}\n`,
    });
    const content = listContent(root);
    expect(show(checkTypes(content, projectDir))).toEqual([
      expect.stringMatching(/^content\/lessons\/01-one\/typo\.ts:5:17: TS2345: .*string.*number/),
    ]);
  });

  it("an output that differs from its .out file, with the first line that differs", async () => {
    const root = makeProject({
      "content/lessons/01-one/hello.ts": hello,
      "content/lessons/01-one/hello.out": "hullo\n",
    });
    expect(show(await checkExampleOutputs(listContent(root)))).toEqual([
      'content/lessons/01-one/hello.ts:1:1: prints something other than hello.out: line 1 is "hello", the .out file has "hullo". If the program is right, write its output with: npm run example:output -- content/lessons/01-one/hello.ts',
    ]);
  });

  it("example:output writes a deadlock's dump as the check expects it: file names, not paths", async () => {
    const program = `import { chan } from "go";\n\nexport async function main() {\n  const ch = chan<number>();\n  await ch.send(1);\n}\n`;
    const root = makeProject({ "content/lessons/01-one/stuck.ts": program });
    const file = path.join(root, "content/lessons/01-one/stuck.ts");
    await writeExampleOutput(file);
    const written = readFileSync(path.join(root, "content/lessons/01-one/stuck.out"), "utf8");
    expect(written).toContain("fatal error: all goroutines are asleep - deadlock!");
    expect(written).toContain("stuck.ts:5:");
    expect(written).not.toContain(root);
    expect(show(await checkExampleOutputs(listContent(root)))).toEqual([]);
  });
});

describe("exercises", () => {
  const checks = `import { checks } from "tour/testing";\nimport type * as E from "./solution.ts";\n\nexport default checks<typeof E>((learner) => [\n  { name: "doubles 21", seeds: 1, async run(t) { const r = await t.run(() => learner.solve(21)); t.equal(r.value, 42, "solve(21)"); } },\n  { name: "doubles 0", seeds: 1, async run(t) { const r = await t.run(() => learner.solve(0)); t.equal(r.value, 0, "solve(0)"); } },\n]);\n`;
  const doubles = "export async function solve(n: number) {\n  return 2 * n;\n}\n";

  it("a starter that passes every check is named, with the checks it passed", async () => {
    const root = makeProject({
      "content/exercises/doubling/index.mdx": "---\n---\n",
      "content/exercises/doubling/checks.ts": checks,
      "content/exercises/doubling/solution.ts": doubles,
      "content/exercises/doubling/starter.ts": doubles,
    });
    const content = listContent(root);
    expect(show(await checkExercise(content, content.exercises[0]!))).toEqual([
      'content/exercises/doubling/starter.ts:1:1: passes every check ("doubles 21", "doubles 0"): a starter must fail at least one, or a learner who hands it in is told it is right',
    ]);
  });

  it("a solution that fails a check names the check, the seed and the message", async () => {
    const root = makeProject({
      "content/exercises/doubling/index.mdx": "---\n---\n",
      "content/exercises/doubling/checks.ts": checks,
      "content/exercises/doubling/solution.ts":
        "export async function solve(n: number) {\n  return n + 21;\n}\n",
      "content/exercises/doubling/starter.ts":
        "export async function solve(n: number) {\n  return n;\n}\n",
    });
    const content = listContent(root);
    expect(show(await checkExercise(content, content.exercises[0]!))).toEqual([
      'content/exercises/doubling/solution.ts:1:1: fails the check "doubles 0" under seed 1: solve(0) = 21, want 0',
    ]);
  });

  it("a wrong solution the check it names does not catch, or with no header, is named", async () => {
    const wrong = (header: string, body: string) =>
      `${header}export async function solve(n: number) {\n  ${body}\n}\n`;
    const root = makeProject({
      "content/exercises/doubling/index.mdx": "---\n---\n",
      // A check that reports a panic as Go would (as every real exercise's do).
      "content/exercises/doubling/checks.ts": checks.replace(
        "learner.solve(21)); ",
        "learner.solve(21)); t.noDeadlock(r); ",
      ),
      "content/exercises/doubling/solution.ts": doubles,
      "content/exercises/doubling/starter.ts":
        "export async function solve(n: number) {\n  return n;\n}\n",
      // Caught, as its header says: no problem.
      "content/exercises/doubling/wrong/adds.ts": wrong(
        '// Mistake: adds 21 instead of doubling.\n// Caught by: "doubles 0"\n',
        "return n + 21;",
      ),
      // Wrong, but not for the check it names.
      "content/exercises/doubling/wrong/not-caught.ts": wrong(
        '// Mistake: adds 21\n// instead of doubling.\n// Caught by: "doubles 21"\n',
        "return n + 21;",
      ),
      "content/exercises/doubling/wrong/no-such-check.ts": wrong(
        '// Mistake: triples.\n// Caught by: "triples"\n',
        "return 3 * n;",
      ),
      "content/exercises/doubling/wrong/no-header.ts": wrong("", "return 3 * n;"),
      "content/exercises/doubling/wrong/broken.ts": wrong(
        '// Mistake: calls what is not there.\n// Caught by: "doubles 21"\n',
        "return (n as unknown as () => number)();",
      ),
    });
    const content = listContent(root);
    expect(show(await checkExercise(content, content.exercises[0]!))).toEqual([
      'content/exercises/doubling/wrong/broken.ts:1:1: fails "doubles 21" with a JavaScript error, not for its mistake: panic: TypeError: n is not a function',
      'content/exercises/doubling/wrong/no-header.ts:1:1: must begin with its header, the mistake it makes and the check that catches it: // Mistake: … // Caught by: "<check name>"',
      'content/exercises/doubling/wrong/no-such-check.ts:1:1: names the check "triples", which the exercise does not have: name a check exactly as the grader shows it',
      'content/exercises/doubling/wrong/not-caught.ts:1:1: passes "doubles 21" under 50 seeds, but that check should catch its mistake (adds 21 instead of doubling.)',
    ]);
  });
});

describe("formatting, and where the check runs", () => {
  it("names a file Prettier would change", async () => {
    const root = makeProject({
      "content/lessons/01-one/01-hello.mdx": lesson(),
      "content/lessons/01-one/hello.ts": "export   async function main() {}\n",
    });
    // Prettier reads its settings from the project it formats: use this one's.
    writeFileSync(
      path.join(root, "prettier.config.js"),
      `export { default } from ${JSON.stringify(path.join(projectDir, "prettier.config.js"))};\n`,
    );
    expect(show(await checkFormatting(listContent(root)))).toEqual([
      expect.stringMatching(/^content\/lessons\/01-one\/hello\.ts:1:1: Prettier would change it/),
    ]);
  });

  it("npm run build and npm start run the content check before Astro builds", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(projectDir, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts["build"]).toBe("tsx scripts/check-content.ts && astro build");
    expect(scripts["start"]).toMatch(/^npm run build && /);
    expect(scripts["check:content"]).toBe("tsx scripts/check-content.ts");
  });
});
