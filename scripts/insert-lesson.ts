import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isSlug, parseNumberedName } from "../src/tour/tour.ts";

/**
 * Puts a new lesson at a place in a chapter, valid from the start:
 *
 *   npm run lesson:insert -- <chapter> <position> <slug>
 *
 * `chapter` is a chapter's folder (`03-select`) or its slug (`select`);
 * `position` is the new lesson's number, from 1 to one past the last. The
 * lessons from that number on move up by one, and so do the orders of the
 * chapter's exercises that came after them, so every exercise keeps its
 * place. Addresses and learners' saved code do not change: they are keyed by
 * slugs, never by numbers. The lesson comes with an example that runs, its
 * `.out` file and its Go twin (`.go`, checked by real Go in
 * src/tour/go-twins.test.ts), to be replaced by the real ones.
 */

export interface InsertedLesson {
  /** The new lesson's file, and its example's program and output. */
  lesson: string;
  program: string;
  output: string;
  /** The example's Go twin. */
  twin: string;
  /** Files renamed, as [from, to], and exercise pages whose order moved. */
  renamed: [string, string][];
  reordered: string[];
}

const frontmatterChapter = /^chapter:\s*["']?([^"'\s#]+)/m;
const frontmatterOrder = /^(order:\s*)(\d+)/m;

/** The chapter's folder name for `name`, a folder or a slug; throws a message listing the chapters. */
export function findChapter(lessonsDir: string, name: string): string {
  const chapters = existsSync(lessonsDir)
    ? readdirSync(lessonsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(path.join(lessonsDir, e.name, "chapter.yaml")))
        .map((e) => e.name)
        .sort()
    : [];
  const chapter = chapters.find((c) => c === name || parseNumberedName(c).slug === name);
  if (chapter === undefined) {
    throw new Error(`there is no chapter "${name}": use one of ${chapters.join(", ")}`);
  }
  return chapter;
}

const two = (n: number) => String(n).padStart(2, "0");

/** Inserts the lesson under `root`; throws a message for the instructor, changing nothing, when it cannot. */
export function insertLesson(
  root: string,
  chapterName: string,
  position: number,
  slug: string,
): InsertedLesson {
  const lessonsDir = path.join(root, "content", "lessons");
  const exercisesDir = path.join(root, "content", "exercises");
  if (!isSlug(slug)) {
    throw new Error(
      `"${slug}" is not a valid lesson name: use lowercase letters and digits in words joined by single dashes, such as "timer-per-loop"`,
    );
  }
  const chapter = findChapter(lessonsDir, chapterName);
  const dir = path.join(lessonsDir, chapter);
  const lessons = readdirSync(dir)
    .filter((n) => n.endsWith(".mdx"))
    .map((n) => ({ name: n, ...parseNumberedName(n.replace(/\.mdx$/, "")) }))
    .sort((a, b) => a.order - b.order);
  const last = lessons.at(-1)?.order ?? 0;
  if (!Number.isInteger(position) || position < 1 || position > last + 1) {
    throw new Error(
      `the position must be a whole number from 1 to ${last + 1}: ${chapter} has lessons 1 to ${last}`,
    );
  }
  if (lessons.some((l) => l.slug === slug)) {
    throw new Error(`${chapter} already has a lesson "${slug}": choose another name`);
  }
  if (["ts", "out", "go"].some((ext) => existsSync(path.join(dir, `${slug}.${ext}`)))) {
    throw new Error(
      `${chapter}/${slug}.ts, ${slug}.out or ${slug}.go already exists: choose another name`,
    );
  }
  if (existsSync(path.join(exercisesDir, slug))) {
    throw new Error(
      `there is an exercise "${slug}": a lesson and an exercise cannot share an address`,
    );
  }
  const moving = lessons.filter((l) => l.order >= position);
  if (moving.some((l) => l.order + 1 > 99)) {
    throw new Error(`${chapter} would have a lesson numbered 100: lessons are numbered 01 to 99`);
  }

  // The chapter's exercises placed after a lesson that moves move with it.
  const exercisePages = existsSync(exercisesDir)
    ? readdirSync(exercisesDir)
        .map((name) => path.join(exercisesDir, name, "index.mdx"))
        .filter((file) => existsSync(file))
    : [];
  const reordered: string[] = [];
  const rewrites: [string, string][] = [];
  for (const file of exercisePages) {
    const text = readFileSync(file, "utf8");
    const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(text)?.[0] ?? "";
    if (frontmatterChapter.exec(frontmatter)?.[1] !== chapter) continue;
    const order = Number(frontmatterOrder.exec(frontmatter)?.[2] ?? NaN);
    if (!(order >= position)) continue;
    const moved = frontmatter.replace(frontmatterOrder, (_, key: string) => `${key}${order + 1}`);
    rewrites.push([file, moved + text.slice(frontmatter.length)]);
    reordered.push(file);
  }

  // Highest first, so no rename lands on a name still in use.
  const renamed: [string, string][] = [];
  for (const l of [...moving].reverse()) {
    const from = path.join(dir, l.name);
    const to = path.join(dir, `${two(l.order + 1)}-${l.slug}.mdx`);
    renameSync(from, to);
    renamed.push([from, to]);
  }
  for (const [file, text] of rewrites) writeFileSync(file, text);

  const lesson = path.join(dir, `${two(position)}-${slug}.mdx`);
  const program = path.join(dir, `${slug}.ts`);
  const output = path.join(dir, `${slug}.out`);
  const twin = path.join(dir, `${slug}.go`);
  writeFileSync(lesson, lessonPage(slug));
  writeFileSync(program, exampleProgram);
  writeFileSync(output, exampleOutput);
  writeFileSync(twin, exampleTwin(slug));
  return { lesson, program, output, twin, renamed, reordered };
}

const lessonPage = (slug: string) => `---
title: "TODO: the lesson's title"
summary: "TODO: one sentence on what the lesson shows."
---

TODO: a few short paragraphs, one idea. Say what the example prints, and
whether its output depends on the schedule.

<Example src="./${slug}.ts" />

<TryThis>

TODO: one change to make, and a question about what happens.

</TryThis>
`;

const exampleProgram = `import { chan, go } from "go";
import * as fmt from "go/fmt";

// TODO: the lesson's example. Then write its output with
// npm run example:output -- <this file>, and read it.
export async function main() {
  const done = chan<string>();
  go(async () => {
    await done.send("TODO: the example");
  });
  fmt.println(await done.recv());
}
`;

const exampleOutput = "TODO: the example\n";

const exampleTwin = (slug: string) => `package main

import "fmt"

// TODO: the example in Go, as Go writes it, printing what ${slug}.out holds.
// Check it with: npx vitest run src/tour/go-twins.test.ts -t ${slug}
func main() {
\tdone := make(chan string)
\tgo func() {
\t\tdone <- "TODO: the example"
\t}()
\tfmt.Println(<-done)
}
`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [chapter, position, slug, ...rest] = process.argv.slice(2);
  if (!chapter || !position || !slug || rest.length > 0) {
    console.error("Usage: npm run lesson:insert -- <chapter> <position> <slug>");
    console.error("  e.g. npm run lesson:insert -- select 6 timer-per-loop");
    process.exit(2);
  }
  const root = fileURLToPath(new URL("..", import.meta.url));
  const rel = (f: string) => path.relative(process.cwd(), f);
  try {
    const made = insertLesson(root, chapter, Number(position), slug);
    for (const [from, to] of made.renamed)
      console.log(`renamed ${rel(from)} → ${path.basename(to)}`);
    for (const file of made.reordered) console.log(`moved the order of ${rel(file)} up by one`);
    console.log(
      `created ${rel(made.lesson)}, ${rel(made.program)}, ${rel(made.output)} and ${rel(made.twin)}`,
    );
    console.log("Next: write the example, then npm run example:output -- " + rel(made.program));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
