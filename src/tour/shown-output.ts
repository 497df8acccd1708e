import type { RunResult } from "go/run";

/**
 * The text a lesson shows as its example's output, and what the example's
 * `.out` file holds: what the program printed, then, if it failed (a panic, a
 * deadlock), the runtime's report, as Go would print it.
 */
export function shownOutput(result: Pick<RunResult, "stdout" | "error">): string {
  return result.stdout + (result.error ? result.error.message : "");
}

/** Every example runs with this seed in the tests, so outputs that depend on scheduling are fixed. */
export const exampleSeed = 1;
