/**
 * The part of the content check that needs no runtime: every file's
 * frontmatter against the schemas, and the tour's order. The development
 * server runs it on every save (src/mdx/example-watch.ts); the whole check
 * is src/tour/check-content.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import type { z } from "astro/zod";
import { movedPages } from "./moved.ts";
import { chapterSchema, exerciseSchema, lessonSchema } from "./schema.ts";
import { buildTour, type Entry, type ExerciseInput } from "./tour.ts";

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

export const dirs = (dir: string) =>
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
