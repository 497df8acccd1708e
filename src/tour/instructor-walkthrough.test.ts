import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { writeExampleOutput } from "../../scripts/example-output.ts";
import { insertLesson } from "../../scripts/insert-lesson.ts";
import { createExercise } from "../../scripts/new-exercise.ts";
import {
  checkEmbeds,
  checkExampleOutputs,
  checkExercise,
  checkFrontmatter,
  checkTypes,
  formatProblem,
  listContent,
} from "./check-content.ts";

/**
 * The README's "Adding a lesson" and "Adding an exercise", followed as an
 * instructor would, in a copy of chapter 1 and its exercise: a lesson goes
 * into the middle of the chapter, an exercise at its end, and the content
 * check passes without any other file touched by hand.
 */

const projectDir = fileURLToPath(new URL("../../", import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copyOfChapterOne(): string {
  const root = mkdtempSync(path.join(tmpdir(), "tour-walkthrough-"));
  made.push(root);
  for (const part of ["content/lessons/01-goroutines", "content/exercises/hello-workers"]) {
    cpSync(path.join(projectDir, part), path.join(root, part), { recursive: true });
  }
  return root;
}

const orderOf = (root: string, slug: string) =>
  (
    parse(
      /^---\n([\s\S]*?)\n---/.exec(
        readFileSync(path.join(root, "content/exercises", slug, "index.mdx"), "utf8"),
      )![1]!,
    ) as { order: number }
  ).order;

const lessonNames = (root: string) =>
  readdirSync(path.join(root, "content/lessons/01-goroutines"))
    .filter((n) => n.endsWith(".mdx"))
    .sort();

describe("an instructor adds a lesson mid-chapter and an exercise", () => {
  it(
    "lesson:insert shifts the lessons and the exercise after them; the content check passes",
    {
      timeout: 180_000,
    },
    async () => {
      const root = copyOfChapterOne();
      const before = lessonNames(root);
      const exerciseOrder = orderOf(root, "hello-workers");
      expect(before.length).toBeGreaterThanOrEqual(3);
      expect(exerciseOrder).toBeGreaterThanOrEqual(3);

      const inserted = insertLesson(root, "goroutines", 3, "first-channel-look");
      expect(path.basename(inserted.lesson)).toBe("03-first-channel-look.mdx");
      const after = lessonNames(root);
      expect(after).toHaveLength(before.length + 1);
      // Lessons 1 and 2 stay; the old lesson 3 is now 4, and so on.
      expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
      expect(after.slice(3).map((n) => n.slice(3))).toEqual(before.slice(2).map((n) => n.slice(3)));
      expect(after.slice(3).map((n) => Number(n.slice(0, 2)))).toEqual(
        before.slice(2).map((n) => Number(n.slice(0, 2)) + 1),
      );
      // The exercise still follows the same lesson.
      expect(orderOf(root, "hello-workers")).toBe(exerciseOrder + 1);

      // The instructor writes the example, and its output with example:output.
      writeFileSync(
        inserted.program,
        `import { chan, go } from "go";\n\nexport async function main() {\n  const c = chan<string>();\n  go(async () => {\n    await c.send("ping");\n  });\n  console.log(await c.recv());\n  await c.recv(); // nobody sends again\n}\n`,
      );
      const { shown } = await writeExampleOutput(inserted.program);
      expect(shown).toContain("ping\nfatal error: all goroutines are asleep - deadlock!");
      expect(shown).toContain("first-channel-look.ts:9:");

      const exercise = createExercise(root, "count-the-gophers", "goroutines");
      expect(exercise.order).toBe(orderOf(root, "hello-workers") + 1);

      const content = listContent(root);
      const problems = [
        ...checkFrontmatter(content, {}),
        ...checkEmbeds(content),
        ...checkTypes(content, projectDir),
        ...(await checkExampleOutputs(content, [inserted.program])),
        ...(await checkExercise(content, exercise.folder, 5)),
      ];
      expect(problems.map(formatProblem)).toEqual([]);
    },
  );

  it("lesson:insert refuses a taken name or a place past the end, and changes nothing", () => {
    const root = copyOfChapterOne();
    const before = lessonNames(root);
    expect(() => insertLesson(root, "goroutines", 2, "waitgroup")).toThrow(
      'already has a lesson "waitgroup"',
    );
    expect(() => insertLesson(root, "goroutines", before.length + 2, "later")).toThrow(
      `the position must be a whole number from 1 to ${before.length + 1}`,
    );
    expect(() => insertLesson(root, "goroutines", 1, "Bad_Name")).toThrow(
      "is not a valid lesson name",
    );
    expect(() => insertLesson(root, "nowhere", 1, "fine")).toThrow('there is no chapter "nowhere"');
    expect(() => insertLesson(root, "goroutines", 1, "hello-workers")).toThrow(
      "a lesson and an exercise cannot share an address",
    );
    expect(lessonNames(root)).toEqual(before);
    expect(existsSync(path.join(root, "content/lessons/01-goroutines/later.ts"))).toBe(false);
  });

  it("lesson:insert at the end moves nothing", () => {
    const root = copyOfChapterOne();
    const before = lessonNames(root);
    const order = orderOf(root, "hello-workers");
    const inserted = insertLesson(root, "01-goroutines", before.length + 1, "recap");
    expect(inserted.renamed).toEqual([]);
    expect(orderOf(root, "hello-workers")).toBe(order);
  });
});
