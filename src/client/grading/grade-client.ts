// The page's side of grading: compiles the learner's code, loads the
// exercise's compiled checks (built into the site, loaded on first Check),
// and grades in a fresh worker of the sandbox. Verdicts arrive one by one
// over the sandbox's private reply channel; nothing the program prints or
// posts can stand in for them.
import type { CheckResult, Replay } from "../../grading/protocol.ts";
import type { CompileError, CompileResult } from "../playground/compile.ts";
import { loadSandbox } from "../playground/sandbox-loader.ts";

/** The exercise being graded. */
export interface ExerciseRef {
  slug: string;
  /** The learner's file name, as messages show it. */
  filename: string;
  /**
   * The starter and the module the build compiled it to (for the race
   * detector if `race`; src/build/precompile.ts): grading the starter as
   * shown needs no compiler in the browser.
   */
  starter?: { source: string; code: string; map: string; race: boolean };
}

export type GradeEnd =
  | { kind: "done"; results: CheckResult[] }
  | { kind: "build-failed"; errors: CompileError[] }
  | { kind: "stopped"; message: string };

/** Seeds per check in the browser. */
export const browserSeeds = 20;

/** Loads the checks and starts the sandbox ahead of the first Check; resolves when both are ready. */
export async function warmGrader(): Promise<void> {
  await Promise.all([import("virtual:exercise-checks"), loadSandbox().then((s) => s.warm())]);
}

async function prepare(exercise: ExerciseRef, source: string) {
  // The sandbox starts while the checks load.
  void loadSandbox();
  const checks = await import("virtual:exercise-checks").then((m) => m.default[exercise.slug]);
  if (checks === undefined) throw new Error(`no checks are built for exercise "${exercise.slug}"`);
  // Checks that call t.noRace see data races only in code compiled for the race detector.
  const ahead = exercise.starter;
  const compiled: CompileResult =
    ahead !== undefined && ahead.source === source && ahead.race === checks.race
      ? { ok: true, code: ahead.code, map: ahead.map }
      : await (
          await import("../playground/compiler-client.ts")
        ).compile(source, exercise.filename, checks.race);
  return { compiled, checks, sandbox: await loadSandbox() };
}

/** Grades `source`; `onResult` receives each check's verdict as soon as it is known. */
export async function grade(
  exercise: ExerciseRef,
  source: string,
  onResult: (r: CheckResult) => void,
): Promise<GradeEnd> {
  const { compiled, checks, sandbox } = await prepare(exercise, source);
  if (!compiled.ok) return { kind: "build-failed", errors: compiled.errors };
  const end = await sandbox.grade(
    {
      learner: { code: compiled.code, map: compiled.map },
      checks,
      filename: exercise.filename,
      seeds: browserSeeds,
    },
    onResult,
    () => {},
  );
  if (end.kind === "graded") return { kind: "done", results: end.results };
  if (end.kind === "stopped") return end;
  return { kind: "stopped", message: "the sandbox answered a grading with a replay" };
}

/** Replays one check under one seed, streaming what the program prints, with the timeline. */
export async function replay(
  exercise: ExerciseRef,
  source: string,
  check: string,
  seed: number,
  onOutput: (text: string) => void,
): Promise<
  Replay | { kind: "stopped"; message: string } | { kind: "build-failed"; errors: CompileError[] }
> {
  const { compiled, checks, sandbox } = await prepare(exercise, source);
  if (!compiled.ok) return { kind: "build-failed", errors: compiled.errors };
  const end = await sandbox.grade(
    {
      learner: { code: compiled.code, map: compiled.map },
      checks,
      filename: exercise.filename,
      seeds: 1,
      replay: { check, seed },
    },
    () => {},
    onOutput,
  );
  if (end.kind === "replayed") return end.replay;
  if (end.kind === "stopped") return end;
  return { kind: "stopped", message: end.results.map((r) => r.message).join("\n") };
}
