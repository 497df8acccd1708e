/**
 * The content check: everything an instructor can get wrong in `content/`,
 * found in seconds and reported as `file:line:column: what is wrong`, the
 * way a compiler reports. `npm run check:content` runs it, and so does
 * `npm run build`, before Astro, so a deploy never ships a lesson whose
 * example does not type-check or does not print its `.out`.
 *
 * - frontmatter of lessons and exercises, and every chapter.yaml, against
 *   the schemas the build uses (src/tour/schema.ts);
 * - the tour's order: numbers and orders used twice, chapters without lessons;
 * - every `<Example src>`: the program and its `.out` exist;
 * - type errors in every example and every exercise file;
 * - every example prints exactly its `.out` (the tests' seed);
 * - every exercise's solution passes its checks and its starter fails one;
 * - every file is formatted as `npm run format:check` wants it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import ts from "typescript";
import { isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import type { z } from "astro/zod";
import type { Frame } from "go/run";
import { gradeChecks } from "../grading/grade.ts";
import type { CheckResult } from "../grading/protocol.ts";
import type { Check } from "../grading/testing.ts";
import { expectedOutputFile, readExampleFiles } from "../mdx/example-files.ts";
import { chapterSchema, exerciseSchema, lessonSchema } from "./schema.ts";
import { movedPages } from "./moved.ts";
import { buildTour, type Entry, type ExerciseInput } from "./tour.ts";
import { runExample } from "./run-example.ts";
import { shownOutput } from "./shown-output.ts";

/** One thing wrong, where it is. `file` is relative to the project's root. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** What `content/` holds, as absolute paths. */
export interface Content {
  root: string;
  /** Chapter folders holding a chapter.yaml, sorted. */
  chapters: string[];
  /** Every `.mdx` in a chapter folder. */
  lessons: string[];
  /** Every example program: a `.ts` in a chapter folder. */
  examples: string[];
  /** Every exercise folder. */
  exercises: string[];
}

const dirs = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => path.join(dir, e.name))
        .sort()
    : [];

const filesIn = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(ext) && !n.endsWith(`.test${ext}`))
    .sort()
    .map((n) => path.join(dir, n));

export function listContent(root: string): Content {
  const lessonsDir = path.join(root, "content", "lessons");
  const chapterDirs = dirs(lessonsDir);
  return {
    root,
    chapters: chapterDirs.filter((d) => existsSync(path.join(d, "chapter.yaml"))),
    lessons: chapterDirs.flatMap((d) => filesIn(d, ".mdx")),
    examples: chapterDirs.flatMap((d) => filesIn(d, ".ts")),
    exercises: dirs(path.join(root, "content", "exercises")),
  };
}

// ---------------------------------------------------------------------------
// Frontmatter

interface Parsed {
  data: Record<string, unknown> | null;
  /** The line of each top-level field, 1-based, in the file. */
  lineOf: (field: string) => number;
}

/** Parses YAML that starts at line `firstLine` of `file`, reporting syntax errors. */
function parseYaml(text: string, firstLine: number, file: string, problems: Problem[]): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({
      file,
      line: firstLine + pos.line - 1,
      column: pos.col,
      message: `YAML: ${error.message.split("\n")[0]}`,
    });
  }
  const lineOf = (field: string) => {
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.value === field && pair.key.range) {
          return firstLine + lineCounter.linePos(pair.key.range[0]).line - 1;
        }
      }
    }
    return Math.max(1, firstLine - 1);
  };
  if (doc.errors.length > 0) return { data: null, lineOf };
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    problems.push({
      file,
      line: firstLine,
      column: 1,
      message: "expected fields such as `title: …`, one a line",
    });
    return { data: null, lineOf };
  }
  return { data: data as Record<string, unknown>, lineOf };
}

/** The frontmatter of an `.mdx` file: between a first line `---` and the next `---`. */
function mdxFrontmatter(text: string, file: string, problems: Problem[]): Parsed {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message:
        "no frontmatter: the file must begin with a line `---`, its fields, and another `---`",
    });
    return { data: null, lineOf: () => 1 };
  }
  return parseYaml(match[1]!, 2, file, problems);
}

/** Turns a schema's verdict into problems that name the field and its line. */
function schemaProblems(
  schema: z.ZodType,
  parsed: Parsed,
  file: string,
  what: string,
  problems: Problem[],
): boolean {
  if (parsed.data === null) return false;
  const result = schema.safeParse(parsed.data);
  if (result.success) return true;
  const fields = "shape" in schema ? Object.keys((schema as z.ZodObject).shape) : [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({
          file,
          line: parsed.lineOf(key),
          column: 1,
          message: `unknown field "${key}": ${what} has the fields ${fields.join(", ")}`,
        });
      }
      continue;
    }
    const field = String(issue.path[0] ?? "");
    const missing = field !== "" && parsed.data[field] === undefined;
    const where = issue.path.length > 1 ? issue.path.join(".") : field;
    problems.push({
      file,
      line: parsed.lineOf(field),
      column: 1,
      message: missing
        ? `${field}: missing; ${what} needs ${fields.join(", ")}`
        : `${where}: ${issue.message}`,
    });
  }
  return false;
}

/**
 * Checks every chapter.yaml, lesson and exercise page against its schema,
 * then the tour's order. Returns the problems found.
 */
export function checkFrontmatter(
  content: Content,
  moved: Readonly<Record<string, string>> = movedPages,
): Problem[] {
  const problems: Problem[] = [];
  const rel = (f: string) => path.relative(content.root, f);
  const chapterIds = content.chapters.map((d) => path.basename(d));
  const chapterEntries: Entry<{ title: string; summary: string }>[] = [];
  const lessonEntries: Entry<{ title: string; summary: string }>[] = [];
  const exerciseEntries: Entry<ExerciseInput>[] = [];

  for (const dir of dirs(path.join(content.root, "content", "lessons"))) {
    if (!content.chapters.includes(dir)) {
      problems.push({
        file: rel(dir),
        line: 1,
        column: 1,
        message: "a chapter folder needs a chapter.yaml with its title and summary",
      });
    }
  }
  for (const dir of content.chapters) {
    const file = path.join(dir, "chapter.yaml");
    const parsed = parseYaml(readFileSync(file, "utf8"), 1, rel(file), problems);
    if (schemaProblems(chapterSchema, parsed, rel(file), "a chapter.yaml", problems)) {
      chapterEntries.push({ id: path.basename(dir), data: chapterSchema.parse(parsed.data) });
    }
  }
  for (const file of content.lessons) {
    const parsed = mdxFrontmatter(readFileSync(file, "utf8"), rel(file), problems);
    if (schemaProblems(lessonSchema, parsed, rel(file), "a lesson", problems)) {
      const id = `${path.basename(path.dirname(file))}/${path.basename(file, ".mdx")}`;
      lessonEntries.push({ id, data: lessonSchema.parse(parsed.data) });
    }
  }
  const schema = exerciseSchema(chapterIds);
  for (const dir of content.exercises) {
    const file = path.join(dir, "index.mdx");
    if (!existsSync(file)) {
      problems.push({
        file: rel(dir),
        line: 1,
        column: 1,
        message:
          "an exercise's folder holds index.mdx, starter.ts, solution.ts and checks.ts: index.mdx is missing",
      });
      continue;
    }
    const parsed = mdxFrontmatter(readFileSync(file, "utf8"), rel(file), problems);
    if (schemaProblems(schema, parsed, rel(file), "an exercise", problems)) {
      exerciseEntries.push({ id: path.basename(dir), data: schema.parse(parsed.data) });
    }
  }
  // The order only means something once every entry parses.
  if (problems.length === 0) {
    try {
      const tour = buildTour(chapterEntries, lessonEntries, exerciseEntries);
      // A moved page's old address sends learners on: it must lead somewhere,
      // and must not be a page's address again.
      for (const [from, id] of Object.entries(moved)) {
        const to = tour.pages.find((p) => p.id === id);
        const taken = tour.pages.find((p) => p.path === from);
        if (!to || taken) {
          problems.push({
            file: "src/tour/moved.ts",
            line: 1,
            column: 1,
            message: taken
              ? `"${from}" is listed as moved, but it is the address of ${taken.id} again: remove it from the list`
              : `"${from}" moved to "${id}", which is not a lesson or an exercise any more`,
          });
        }
      }
    } catch (error) {
      problems.push({
        file: "content",
        line: 1,
        column: 1,
        message: (error as Error).message,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Examples

/** The examples each lesson embeds, and problems with the `<Example>` tags themselves. */
export function checkEmbeds(content: Content): Problem[] {
  const problems: Problem[] = [];
  const rel = (f: string) => path.relative(content.root, f);
  const embedded = new Set<string>();
  for (const lesson of content.lessons) {
    const text = readFileSync(lesson, "utf8");
    for (const match of text.matchAll(/<Example\b([^>]*)\/?>/g)) {
      const before = text.slice(0, match.index);
      const line = before.split("\n").length;
      const column = match.index - before.lastIndexOf("\n");
      const src = /\bsrc="([^"]*)"/.exec(match[1]!)?.[1];
      if (src === undefined) {
        problems.push({
          file: rel(lesson),
          line,
          column,
          message:
            '<Example> needs src, the program\'s file name in quotes: <Example src="./name.ts" />',
        });
        continue;
      }
      const program = path.resolve(path.dirname(lesson), src);
      embedded.add(program);
      try {
        readExampleFiles(path.join(content.root, "content"), program);
      } catch (error) {
        problems.push({
          file: rel(lesson),
          line,
          column,
          message: `<Example src=${JSON.stringify(src)}>: ${(error as Error).message}`,
        });
      }
    }
  }
  for (const example of content.examples) {
    if (!embedded.has(example)) {
      problems.push({
        file: rel(example),
        line: 1,
        column: 1,
        message: `no lesson of its chapter embeds it: add <Example src="./${path.basename(example)}" /> to one, or delete it`,
      });
    }
  }
  return problems;
}

/** The first line where two texts differ, for a message that shows it. */
function firstDifference(got: string, want: string): string {
  const g = got.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) {
      const show = (s: string | undefined) => (s === undefined ? "the end" : JSON.stringify(s));
      return `line ${i + 1} is ${show(g[i])}, the .out file has ${show(w[i])}`;
    }
  }
  return "they differ";
}

/** Runs every example with the tests' seed and compares what it shows with its `.out` file. */
export async function checkExampleOutputs(
  content: Content,
  examples = content.examples,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const example of examples) {
    const outFile = expectedOutputFile(example);
    if (!existsSync(outFile)) continue; // checkEmbeds reports it
    const rel = path.relative(content.root, example);
    const result = await runExample(example);
    const shown = shownOutput(result);
    const expected = readFileSync(outFile, "utf8");
    if (shown !== expected) {
      problems.push({
        file: rel,
        line: 1,
        column: 1,
        message: `prints something other than ${path.basename(outFile)}: ${firstDifference(shown, expected)}. If the program is right, write its output with: npm run example:output -- ${rel}`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Types

/** The project's compiler options, from its tsconfig.json. */
function compilerOptions(projectDir: string): ts.CompilerOptions {
  const configFile = path.join(projectDir, "tsconfig.json");
  const read = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, projectDir, undefined, configFile)
    .options;
}

/** Every program file of the content: examples, and each exercise's starter, solution and checks. */
export function programFiles(content: Content): string[] {
  return [
    ...content.examples,
    ...content.exercises.flatMap((dir) =>
      ["starter.ts", "solution.ts", "checks.ts"]
        .map((name) => path.join(dir, name))
        .filter((f) => existsSync(f)),
    ),
  ];
}

/**
 * Type-checks `files` with the project's compiler options (strict, and `go`
 * resolved to the runtime), as the playground's editor does. `projectDir`
 * holds the tsconfig.json; the files may be anywhere.
 */
export function checkTypes(content: Content, projectDir: string, files = programFiles(content)) {
  const program = ts.createProgram(files, { ...compilerOptions(projectDir), noEmit: true });
  const problems: Problem[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    for (const d of [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]) {
      const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      problems.push({
        file: path.relative(content.root, file),
        line: line + 1,
        column: character + 1,
        message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Exercises

async function gradeFile(folder: string, file: string, seeds: number): Promise<CheckResult[]> {
  const make = (
    (await import(pathToFileURL(path.join(folder, "checks.ts")).href)) as {
      default: (learner: unknown) => Check[];
    }
  ).default;
  const learner: unknown = await import(pathToFileURL(path.join(folder, file)).href);
  // Messages name the learner's file as the site shows it.
  const mapFrame = (f: Frame) =>
    f.file.startsWith(folder + path.sep) ? { ...f, file: path.basename(f.file) } : null;
  return gradeChecks(make(learner), { seeds, runOptions: { mapFrame } });
}

/**
 * An exercise's solution must pass every check under `seeds` seeds, and its
 * starter must fail at least one: a learner who hands in the starter is never
 * told it is right.
 */
export async function checkExercise(
  content: Content,
  folder: string,
  seeds = 50,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const rel = (f: string) => path.relative(content.root, path.join(folder, f));
  for (const f of ["index.mdx", "starter.ts", "solution.ts", "checks.ts"]) {
    if (!existsSync(path.join(folder, f))) {
      problems.push({ file: rel(f), line: 1, column: 1, message: "missing" });
    }
  }
  if (problems.length > 0) return problems;
  const solution = await gradeFile(folder, "solution.ts", seeds);
  if (solution.length === 0) {
    problems.push({
      file: rel("checks.ts"),
      line: 1,
      column: 1,
      message: "has no checks: its default export must return at least one",
    });
  }
  for (const r of solution.filter((r) => !r.pass)) {
    problems.push({
      file: rel("solution.ts"),
      line: 1,
      column: 1,
      message: `fails the check "${r.name}" under seed ${r.seed}: ${r.message}`,
    });
  }
  const starter = await gradeFile(folder, "starter.ts", Math.min(seeds, 20));
  if (starter.length > 0 && starter.every((r) => r.pass)) {
    problems.push({
      file: rel("starter.ts"),
      line: 1,
      column: 1,
      message: `passes every check (${starter.map((r) => JSON.stringify(r.name)).join(", ")}): a starter must fail at least one, or a learner who hands it in is told it is right`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Formatting

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/**
 * Files under content/ that Prettier would change, as `npm run format:check`
 * (part of `npm test`) reports them. `npm run format:content` fixes them.
 */
export async function checkFormatting(content: Content): Promise<Problem[]> {
  const problems: Problem[] = [];
  const dir = path.join(content.root, "content");
  if (!existsSync(dir)) return problems;
  for (const file of allFiles(dir).sort()) {
    const info = await prettier.getFileInfo(file, { resolveConfig: true });
    if (info.ignored || info.inferredParser === null) continue;
    const options = (await prettier.resolveConfig(file)) ?? {};
    if (!(await prettier.check(readFileSync(file, "utf8"), { ...options, filepath: file }))) {
      problems.push({
        file: path.relative(content.root, file),
        line: 1,
        column: 1,
        message:
          'Prettier would change it: run npm run format:content and read the change (Prettier keeps the line breaks of prose, but may join a line that starts like a list item, such as "20.", to the line before)',
      });
    }
  }
  return problems;
}
