import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Frame } from "go/run";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../client/playground/node-compile.ts";
import { gradeChecks } from "./grade.ts";
import type { Check } from "./testing.ts";
import {
  wrongHeader,
  wrongHeaderForm,
  wrongSolutionProblem,
  wrongSolutions,
} from "./wrong-solutions.ts";

/**
 * The checks of the checks: every exercise's reference solution passes all
 * of its hidden checks under 50 seeds, and its starter fails at least one,
 * so a learner who hands in the starter is never told it is right. Each of
 * its wrong solutions (wrong/*.ts, one classic mistake each) fails under the
 * solution's seeds, and fails the check its header names: a check that stops
 * catching the mistake it was written for is noticed.
 */

/** Seeds the solution and every wrong solution are graded under. */
const seeds = 50;

const exercisesDir = fileURLToPath(new URL("../../content/exercises/", import.meta.url));
const exercises = existsSync(exercisesDir)
  ? readdirSync(exercisesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join(exercisesDir, e.name))
  : [];

/**
 * Grades `file` (relative to the exercise's folder) with the exercise's
 * checks, or with only the ones `only` keeps.
 */
async function grade(
  folder: string,
  file: string,
  seeds: number,
  only: (check: Check) => boolean = () => true,
) {
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
    return gradeChecks(make(p.module).filter(only), {
      seeds,
      runOptions: { mapFrame: p.mapFrame },
    });
  }
  const learner = await import(pathToFileURL(path.join(folder, file)).href);
  // Messages name the learner's file as the site shows it.
  const mapFrame = (f: Frame) =>
    f.file.startsWith(folder) ? { ...f, file: path.basename(f.file) } : null;
  return gradeChecks(make(learner).filter(only), { seeds, runOptions: { mapFrame } });
}

describe("exercises", () => {
  it("every exercise folder has its starter, solution and checks", () => {
    for (const folder of exercises) {
      for (const file of ["index.mdx", "starter.ts", "solution.ts", "checks.ts"]) {
        expect(existsSync(path.join(folder, file)), `${path.basename(folder)}/${file}`).toBe(true);
      }
    }
  });

  describe.each(exercises.map((f) => [path.basename(f), f]))("%s", (slug, folder) => {
    it(`its solution passes every check under ${seeds} seeds`, { timeout: 120_000 }, async () => {
      const results = await grade(folder, "solution.ts", seeds);
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

    // A wrong solution is graded with the check it names only: that check
    // failing is enough to fail it, and skipping the checks it passes keeps
    // this quick.
    it.each(wrongSolutions(folder))("%s is graded wrong", { timeout: 120_000 }, async (file) => {
      const where = `content/exercises/${slug}/${file}`;
      const header = wrongHeader(readFileSync(path.join(folder, file), "utf8"));
      expect(header, `${where} must begin with its header: ${wrongHeaderForm}`).not.toBeNull();
      const results = await grade(folder, file, seeds, (c) => c.name === header!.caughtBy);
      expect(wrongSolutionProblem(header!, results, seeds), where).toBeNull();
    });
  });
});
