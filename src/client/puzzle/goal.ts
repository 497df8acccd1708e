// A puzzle's goal, and the test of whether a run reached it. The page and
// the tests both judge a run by this, never by what the step panel showed:
// the learner's choices are replayed on a fresh run and its ending is tested.

/** What the learner must make the program do. */
export type PuzzleGoal =
  /** End in Go's `fatal error: all goroutines are asleep - deadlock!`. */
  | { kind: "deadlock" }
  /** Print this line (the whole line, exactly). */
  | { kind: "output"; line: string };

/** What a run left behind that a goal looks at. */
export interface PuzzleRun {
  stdout: string;
  exitCode: number;
  error: { kind: string } | null;
}

/** Whether `run` reached `goal`. */
export function goalReached(goal: PuzzleGoal, run: PuzzleRun): boolean {
  switch (goal.kind) {
    case "deadlock":
      return run.error?.kind === "deadlock";
    case "output":
      return run.stdout.split("\n").includes(goal.line);
  }
}

/** The goal in words, after "Goal: ". */
export function goalInWords(goal: PuzzleGoal): string {
  switch (goal.kind) {
    case "deadlock":
      return "drive the program into a deadlock (all goroutines are asleep).";
    case "output":
      return `make the program print the line “${goal.line}”.`;
  }
}

/** One choice of a replayed run, as much of it as a verdict needs. */
export interface ReplayedChoice {
  /** Whether a learner would make it (runtime/chooser.ts's Choice.open). */
  open: boolean;
}

export type Verdict = { solved: true; steps: number } | { solved: false; why: "goal" | "choices" };

/**
 * The verdict on a replay of `answers`: solved when the run reached the goal
 * having made exactly the choices given (none left over, none drawn from the
 * seed), with the number of choices a learner made (the open ones) as its steps.
 */
export function verdict(
  goal: PuzzleGoal,
  answers: readonly number[],
  run: PuzzleRun,
  made: readonly ReplayedChoice[],
): Verdict {
  if (made.length !== answers.length) return { solved: false, why: "choices" };
  if (!goalReached(goal, run)) return { solved: false, why: "goal" };
  return { solved: true, steps: made.filter((c) => c.open).length };
}
