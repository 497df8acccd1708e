import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createExercise } from "../../scripts/new-exercise.ts";
import { gradeChecks } from "../grading/grade.ts";
import type { Check } from "../grading/testing.ts";
import { wrongHeader, wrongSolutionProblem } from "../grading/wrong-solutions.ts";
import { exerciseSchema } from "./schema.ts";

/**
 * `npm run new:exercise` makes a folder that is valid from the start: its
 * frontmatter passes the schema, and its skeleton solution passes its check
 * while the starter fails it, as the checks of the checks demand.
 */

const projectDir = fileURLToPath(new URL("../../", import.meta.url));
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A project with two chapters: lessons 1 and 2 in the first, lesson 1 in the second. */
function makeProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), "tour-new-exercise-"));
  made.push(root);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const lesson = "---\ntitle: L\nsummary: S.\n---\n\nText.\n";
  write("content/lessons/01-goroutines/chapter.yaml", "title: Goroutines\nsummary: S.\n");
  write("content/lessons/01-goroutines/01-go.mdx", lesson);
  write("content/lessons/01-goroutines/02-wait.mdx", lesson);
  write("content/lessons/02-channels/chapter.yaml", "title: Channels\nsummary: S.\n");
  write("content/lessons/02-channels/01-send.mdx", lesson);
  return root;
}

function frontmatter(folder: string): unknown {
  const text = readFileSync(path.join(folder, "index.mdx"), "utf8");
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
}

function runScript(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(projectDir, "node_modules", ".bin", "tsx"),
      [path.join(projectDir, "scripts", "new-exercise.ts"), ...args],
      { cwd },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    );
  });
}

describe("new:exercise", () => {
  it("makes a folder whose page matches the schema, last in the first chapter", () => {
    const root = makeProject();
    const made = createExercise(root, "fan-in");
    expect(made).toEqual({
      folder: path.join(root, "content/exercises/fan-in"),
      chapter: "01-goroutines",
      order: 2,
    });
    const data = frontmatter(made.folder);
    expect(exerciseSchema(["01-goroutines", "02-channels"]).safeParse(data).error).toBeUndefined();
    expect(data).toMatchObject({ chapter: "01-goroutines", order: 2, filename: "fan-in.ts" });
  });

  it("takes a chapter by folder or slug, and goes after the chapter's exercises", () => {
    const root = makeProject();
    expect(createExercise(root, "first", "02-channels").order).toBe(1);
    expect(createExercise(root, "second", "channels").order).toBe(2);
    expect(createExercise(root, "third", "channels")).toMatchObject({
      chapter: "02-channels",
      order: 3,
    });
  });

  it("writes a skeleton whose solution passes its check and whose starter fails it", async () => {
    const { folder } = createExercise(makeProject(), "skeleton");
    const load = (file: string) => import(pathToFileURL(path.join(folder, file)).href);
    const make = ((await load("checks.ts")) as { default: (learner: unknown) => Check[] }).default;
    const solved = await gradeChecks(make(await load("solution.ts")), { seeds: 5 });
    expect(solved.map((r) => r.pass)).toEqual([true]);
    const started = await gradeChecks(make(await load("starter.ts")), { seeds: 5 });
    expect(started.map((r) => r.message)).toEqual(["solve(21) = 21, want 42"]);
    // Its wrong solution fails the check its header names, for its mistake.
    const source = readFileSync(path.join(folder, "wrong/leaves-a-goroutine.ts"), "utf8");
    const header = wrongHeader(source)!;
    const wrong = await gradeChecks(make(await load("wrong/leaves-a-goroutine.ts")), { seeds: 5 });
    expect(wrong.map((r) => r.name)).toEqual([header.caughtBy]);
    expect(wrongSolutionProblem(header, wrong, 5)).toBeNull();
    expect(wrong[0]!.message).toMatch(/^solve returned with 1 goroutine still running/);
  });

  it("refuses a bad name, a name in use and an unknown chapter, saying why", () => {
    const root = makeProject();
    expect(() => createExercise(root, "Fan_In")).toThrow(
      '"Fan_In" is not a valid exercise name: use lowercase letters and digits in words joined by single dashes',
    );
    createExercise(root, "fan-in");
    expect(() => createExercise(root, "fan-in")).toThrow(
      "content/exercises/fan-in already exists: choose another name",
    );
    expect(() => createExercise(root, "other", "select")).toThrow(
      'there is no chapter "select": use one of 01-goroutines, 02-channels',
    );
  });

  it("runs as a command in the project's folder", { timeout: 30_000 }, async () => {
    const root = makeProject();
    const ok = await runScript(root, ["tee", "channels"]);
    expect(ok.code).toBe(0);
    expect(ok.output).toContain(
      "Created content/exercises/tee/ in chapter 02-channels, order 1: index.mdx, starter.ts, solution.ts, checks.ts, wrong/leaves-a-goroutine.ts, solution.go, solution_test.go.",
    );
    const again = await runScript(root, ["tee"]);
    expect(again.code).toBe(1);
    expect(again.output).toContain("new:exercise: content/exercises/tee already exists");
    const usage = await runScript(root, []);
    expect(usage.code).toBe(1);
    expect(usage.output).toContain("Usage: npm run new:exercise -- <slug> [chapter]");
  });
});
