import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isSlug, parseNumberedName } from "../src/tour/tour.ts";

/**
 * Creates a new exercise's folder, valid from the start, for an instructor to
 * fill in:
 *
 *   npm run new:exercise -- <slug> [chapter]
 *
 * `chapter` is a chapter's folder (`01-goroutines`) or its slug (`goroutines`),
 * the first chapter if left out. The exercise goes at the end of the chapter.
 * The frontmatter's TODOs pass the schema, and the skeleton's solution passes
 * its one check while its starter fails it, so the site builds and `npm test`
 * passes until the real exercise replaces them. The reference solution in Go,
 * `solution.go`, comes with its Go test, `solution_test.go`, which
 * src/tour/go-twins.test.ts runs with `go test`.
 */

export interface NewExercise {
  /** The folder created: `content/exercises/<slug>`. */
  folder: string;
  chapter: string;
  order: number;
}

const frontmatterOrder = /^order:\s*(\d+)/m;
const frontmatterChapter = /^chapter:\s*["']?([^"'\s#]+)/m;

function chapterFolders(lessonsDir: string): string[] {
  if (!existsSync(lessonsDir)) return [];
  return readdirSync(lessonsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(lessonsDir, e.name, "chapter.yaml")))
    .map((e) => e.name)
    .sort();
}

/** The order that puts a new exercise last in its chapter: after its last lesson and exercise. */
function lastOrder(lessonsDir: string, exercisesDir: string, chapter: string): number {
  const lessonNumbers = readdirSync(path.join(lessonsDir, chapter))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => parseNumberedName(name.replace(/\.mdx$/, "")).order);
  const exerciseOrders = existsSync(exercisesDir)
    ? readdirSync(exercisesDir)
        .map((name) => path.join(exercisesDir, name, "index.mdx"))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, "utf8"))
        .filter((text) => frontmatterChapter.exec(text)?.[1] === chapter)
        .map((text) => Number(frontmatterOrder.exec(text)?.[1] ?? 0))
    : [];
  const lastLesson = Math.max(0, ...lessonNumbers);
  const lastExercise = Math.max(0, ...exerciseOrders);
  return lastExercise >= lastLesson ? lastExercise + 1 : lastLesson;
}

/** Writes the folder under `root`; throws a message for the instructor when it cannot. */
export function createExercise(root: string, slug: string, chapterName?: string): NewExercise {
  if (!isSlug(slug)) {
    throw new Error(
      `"${slug}" is not a valid exercise name: use lowercase letters and digits in words joined by single dashes, such as "hello-workers"`,
    );
  }
  const lessonsDir = path.join(root, "content", "lessons");
  const exercisesDir = path.join(root, "content", "exercises");
  const folder = path.join(exercisesDir, slug);
  if (existsSync(folder)) {
    throw new Error(`content/exercises/${slug} already exists: choose another name`);
  }
  const chapters = chapterFolders(lessonsDir);
  const chapter =
    chapterName === undefined
      ? chapters[0]
      : chapters.find((c) => c === chapterName || parseNumberedName(c).slug === chapterName);
  if (chapter === undefined) {
    throw new Error(
      chapters.length === 0
        ? "there are no chapters in content/lessons to put an exercise in"
        : `there is no chapter "${chapterName}": use one of ${chapters.join(", ")}`,
    );
  }
  const order = lastOrder(lessonsDir, exercisesDir, chapter);

  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "index.mdx"), page(chapter, order, `${slug}.ts`));
  writeFileSync(path.join(folder, "starter.ts"), starter);
  writeFileSync(path.join(folder, "solution.ts"), solution);
  writeFileSync(path.join(folder, "checks.ts"), checks);
  mkdirSync(path.join(folder, "wrong"));
  writeFileSync(path.join(folder, "wrong", "leaves-a-goroutine.ts"), wrong);
  writeFileSync(path.join(folder, "solution.go"), goSolution(slug));
  writeFileSync(path.join(folder, "solution_test.go"), goTest(slug));
  return { folder, chapter, order };
}

const page = (chapter: string, order: number, filename: string) => `---
title: "TODO: the exercise's title"
summary: "TODO: one sentence on what the learner writes."
chapter: ${chapter}
# An exercise with order k comes right after lesson k of its chapter.
order: ${order}
difficulty: easy # easy, medium or hard
filename: ${filename}
hints:
  - "TODO: a first hint, which points the way without giving it away."
  - "TODO: a second hint, which says a little more."
---

TODO: in a few short paragraphs, say what to write: the function, what it
returns, and what the checks look for besides the answer (a deadlock, a
goroutine left running, how long it takes on the virtual clock).
`;

const starter = `// TODO: the learner's starting point. It must build, and fail at least one check.

/** TODO: what the function does. */
export async function solve(n: number): Promise<number> {
  return n;
}
`;

const solution = `import { chan, go } from "go";

// TODO: the reference solution. It must pass every check under every seed.

/** TODO: what the function does. This skeleton doubles n in a goroutine. */
export async function solve(n: number): Promise<number> {
  const result = chan<number>();
  go(async () => {
    await result.send(2 * n);
  });
  return result.recv();
}
`;

// A wrong solution: the tests grade it with the check its header names,
// which must fail. Keep the wrong answers tried while writing the checks.
const wrong = `// Mistake: TODO: the one mistake this file makes; name the file after it.
// This skeleton returns without receiving, so its goroutine waits to send
// forever.
// Caught by: "TODO: what this check looks for"
import { chan, go } from "go";

export async function solve(n: number): Promise<number> {
  const result = chan<number>();
  go(async () => {
    await result.send(2 * n);
  });
  return 2 * n;
}
`;

/** A Go package name for the exercise: its slug's letters. */
const goPackage = (slug: string) => slug.replace(/[^a-z]/g, "");

const goSolution = (
  slug: string,
) => `// Package ${goPackage(slug)} is the reference solution of TODO, in Go.
package ${goPackage(slug)}

// TODO: the reference solution, as Go writes it.

// solve doubles n in a goroutine. TODO: what the function does.
func solve(n int) int {
\tresult := make(chan int)
\tgo func() { result <- 2 * n }()
\treturn <-result
}
`;

const goTest = (slug: string) => `package ${goPackage(slug)}

import "testing"

// TODO: Go tests that say what checks.ts says.
func TestSolve(t *testing.T) {
\tif got := solve(21); got != 42 {
\t\tt.Errorf("solve(21) = %d, want 42", got)
\t}
}
`;

const checks = `import { checks } from "tour/testing";
import type * as Exercise from "./solution.ts";

// TODO: the hidden checks, in the order the learner sees them. Each runs
// under 20 seeds unless it sets \`seeds\`; see src/grading/testing.ts.
export default checks<typeof Exercise>((learner) => [
  {
    name: "TODO: what this check looks for",
    async run(t) {
      const r = await t.run(() => learner.solve(21));
      t.noDeadlock(r);
      t.equal(r.value, 42, "solve(21)");
      t.noLeaks(r, "solve");
    },
  },
]);
`;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [slug, chapter, ...rest] = process.argv.slice(2);
  if (slug === undefined || rest.length > 0) {
    console.error("Usage: npm run new:exercise -- <slug> [chapter]");
    process.exit(1);
  }
  try {
    const made = createExercise(process.cwd(), slug, chapter);
    const where = path.relative(process.cwd(), made.folder);
    console.log(
      `Created ${where}/ in chapter ${made.chapter}, order ${made.order}: index.mdx, starter.ts, solution.ts, checks.ts, wrong/leaves-a-goroutine.ts, solution.go, solution_test.go.\n` +
        "Replace the TODOs, then run npm run test:unit: the solution must pass every check, the starter fail one, and each wrong solution the check it names.",
    );
  } catch (e) {
    console.error(`new:exercise: ${(e as Error).message}`);
    process.exit(1);
  }
}
