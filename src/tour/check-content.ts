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
import type { Frame } from "go/run";
import { compileProgram } from "../client/playground/node-compile.ts";
import { gradeChecks } from "../grading/grade.ts";
import type { CheckResult } from "../grading/protocol.ts";
import type { Check } from "../grading/testing.ts";
import {
  wrongHeader,
  wrongHeaderForm,
  wrongSolutionProblem,
  wrongSolutions,
} from "../grading/wrong-solutions.ts";
import { expectedOutputFile, readExampleFiles } from "../mdx/example-files.ts";
import { type Content, type Problem } from "./check-frontmatter.ts";
import { runExample } from "./run-example.ts";
import { shownOutput } from "./shown-output.ts";

export {
  checkFrontmatter,
  type Content,
  formatProblem,
  listContent,
  type Problem,
} from "./check-frontmatter.ts";

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

/**
 * Every program file of the content: examples, and each exercise's starter,
 * solution, checks and wrong solutions (wrong/*.ts, which a wrong solution
 * with a type error could fail for the wrong reason).
 */
export function programFiles(content: Content): string[] {
  return [
    ...content.examples,
    ...content.exercises.flatMap((dir) => [
      ...["starter.ts", "solution.ts", "checks.ts"]
        .map((name) => path.join(dir, name))
        .filter((f) => existsSync(f)),
      ...wrongSolutions(dir).map((name) => path.join(dir, name)),
    ]),
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

/**
 * Grades `file` (a path, or a name in `folder`) with the exercise's checks in
 * `folder`, as the site's Check does; the file's frames are named by its base
 * name, as the site shows them. `npm run grade` prints the verdicts.
 */
export async function gradeFile(
  folder: string,
  file: string,
  seeds?: number,
  onResult?: (r: CheckResult) => void,
  only: (check: Check) => boolean = () => true,
): Promise<CheckResult[]> {
  const checks = (
    (await import(pathToFileURL(path.join(folder, "checks.ts")).href)) as {
      default: (learner: unknown) => Check[];
    }
  ).default;
  const make = (learner: unknown) => checks(learner).filter(only);
  const learnerFile = path.resolve(folder, file);
  // Checks that look for data races see them only in code compiled for the
  // race detector: compile the learner's file as the site does.
  if (/\.noRace\(/.test(readFileSync(path.join(folder, "checks.ts"), "utf8"))) {
    const p = await compileProgram(readFileSync(learnerFile, "utf8"), path.basename(learnerFile), {
      race: true,
    });
    return gradeChecks(make(p.module), {
      ...(seeds === undefined ? {} : { seeds }),
      runOptions: { mapFrame: p.mapFrame },
      ...(onResult ? { onResult } : {}),
    });
  }
  const learner: unknown = await import(pathToFileURL(learnerFile).href);
  const mapFrame = (f: Frame) =>
    f.file === learnerFile || f.file.startsWith(folder + path.sep)
      ? { ...f, file: path.basename(f.file) }
      : null;
  return gradeChecks(make(learner), {
    ...(seeds === undefined ? {} : { seeds }),
    runOptions: { mapFrame },
    ...(onResult ? { onResult } : {}),
  });
}

/**
 * An exercise's solution must pass every check under `seeds` seeds, and its
 * starter must fail at least one: a learner who hands in the starter is never
 * told it is right. Each wrong solution (wrong/*.ts) must fail the check its
 * header names.
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
  // Each wrong solution must fail the check its header names, under the
  // solution's seeds; only that check runs.
  for (const file of wrongSolutions(folder)) {
    const header = wrongHeader(readFileSync(path.join(folder, file), "utf8"));
    const message =
      header === null
        ? `must begin with its header, the mistake it makes and the check that catches it: ${wrongHeaderForm}`
        : wrongSolutionProblem(
            header,
            await gradeFile(folder, file, seeds, undefined, (c) => c.name === header.caughtBy),
            seeds,
          );
    if (message !== null) problems.push({ file: rel(file), line: 1, column: 1, message });
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
