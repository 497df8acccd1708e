import { Chooser } from "../../runtime/chooser.ts";
import { type Main, run, type RunResult } from "go/run";
import { goalReached, type PuzzleGoal, verdict, type Verdict } from "../client/puzzle/goal.ts";
import { exampleSeed } from "./shown-output.ts";

/**
 * A puzzle's program under chosen schedules, in Node: what the page does in
 * the sandbox when it checks a learner's win (replay the choices on a fresh
 * run, test the goal), and a search for a schedule that wins, so that the
 * tests and the content check know every puzzle can be solved.
 *
 * `main` must keep its state inside the function (not in module-level
 * variables): each replay calls it afresh.
 */

/** Runs `main` with exactly `answers` as the scheduler's first choices (the seed's after them). */
export async function replay(
  main: Main,
  answers: readonly number[],
  seed = exampleSeed,
): Promise<{ result: RunResult; chooser: Chooser }> {
  const chooser = new Chooser(answers, seed);
  // As the page runs it: trace and locations on, so a deadlock is never
  // replayed to find its lines (a replay would ask the same choices again).
  const result = await run(main, { seed, chooser, trace: true, locations: true });
  return { result, chooser };
}

/** The page's verdict on `answers`, from a fresh replay. */
export async function judge(
  main: Main,
  goal: PuzzleGoal,
  answers: readonly number[],
  seed = exampleSeed,
): Promise<Verdict> {
  const { result, chooser } = await replay(main, answers, seed);
  return verdict(goal, answers, result, chooser.made);
}

/**
 * The shortest win (fewest choices of the learner's), found breadth first
 * as step mode plays: at each open choice every answer is tried, and the
 * choices no learner makes are answered as the seed answers them. Null when
 * none wins within `maxRuns` runs or `maxSteps` open choices.
 */
export async function findWin(
  main: Main,
  goal: PuzzleGoal,
  { maxRuns = 4000, maxSteps = 40, seed = exampleSeed } = {},
): Promise<{ answers: number[]; steps: number; runs: number } | null> {
  let queue: { prefix: number[]; steps: number }[] = [{ prefix: [], steps: 0 }];
  let runs = 0;
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const { prefix, steps } of queue) {
      if (runs >= maxRuns) return null;
      runs++;
      const { result, chooser } = await replay(main, prefix, seed);
      const made = chooser.made;
      let open = -1;
      for (let i = prefix.length; i < made.length; i++) {
        if (made[i]!.open) {
          open = i;
          break;
        }
      }
      if (open < 0) {
        // The run went to its end with no choice left for the learner.
        if (goalReached(goal, result)) return { answers: chooser.answers, steps, runs };
        continue;
      }
      if (steps >= maxSteps) continue;
      const base = made.slice(0, open).map((c) => c.value);
      for (let v = 0; v < made[open]!.n; v++) next.push({ prefix: [...base, v], steps: steps + 1 });
    }
    queue = next;
  }
  return null;
}
