import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Frame } from "go/run";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../client/playground/node-compile.ts";
import { gradeChecks } from "./grade.ts";
import type { Check } from "./testing.ts";

/**
 * The checks of the checks: every exercise's reference solution passes all
 * of its hidden checks under 50 seeds, and its starter fails at least one,
 * so a learner who hands in the starter is never told it is right.
 */

const exercisesDir = fileURLToPath(new URL("../../content/exercises/", import.meta.url));
const exercises = existsSync(exercisesDir)
  ? readdirSync(exercisesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join(exercisesDir, e.name))
  : [];

async function grade(folder: string, file: "solution.ts" | "starter.ts", seeds: number) {
  const make = (
    (await import(pathToFileURL(path.join(folder, "checks.ts")).href)) as {
      default: (learner: unknown) => Check[];
    }
  ).default;
  // Checks that look for data races see them only in code compiled for the
  // race detector: compile the learner's file as the site does.
  if (/\.noRace\(/.test(readFileSync(path.join(folder, "checks.ts"), "utf8"))) {
    const p = await compileProgram(readFileSync(path.join(folder, file), "utf8"), file, {
      race: true,
    });
    return gradeChecks(make(p.module), { seeds, runOptions: { mapFrame: p.mapFrame } });
  }
  const learner = await import(pathToFileURL(path.join(folder, file)).href);
  // Messages name the learner's file as the site shows it.
  const mapFrame = (f: Frame) =>
    f.file.startsWith(folder) ? { ...f, file: path.basename(f.file) } : null;
  return gradeChecks(make(learner), { seeds, runOptions: { mapFrame } });
}

describe("exercises", () => {
  it("every exercise folder has its starter, solution and checks", () => {
    for (const folder of exercises) {
      for (const file of ["index.mdx", "starter.ts", "solution.ts", "checks.ts"]) {
        expect(existsSync(path.join(folder, file)), `${path.basename(folder)}/${file}`).toBe(true);
      }
    }
  });

  describe.each(exercises.map((f) => [path.basename(f), f]))("%s", (_slug, folder) => {
    it("its solution passes every check under 50 seeds", { timeout: 120_000 }, async () => {
      const results = await grade(folder, "solution.ts", 50);
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((r) => !r.pass)).toEqual([]);
    });

    it("its starter fails at least one check", { timeout: 120_000 }, async () => {
      const results = await grade(folder, "starter.ts", 20);
      const passed = results.filter((r) => r.pass).map((r) => r.name);
      expect(
        passed,
        "starter.ts passes every check, so a learner who hands it in is told it is right: make it fail at least one",
      ).not.toHaveLength(results.length);
    });
  });
});
