/**
 * The starter and the reference solution of every exercise, as text, read at
 * build time for its page. The hidden checks are not read here: no page shows
 * them (the grader compiles them, src/build/exercise-checks.ts). Nor are the
 * wrong solutions in wrong/, which only the tests read.
 */
const files = import.meta.glob<string>(
  ["/content/exercises/*/starter.ts", "/content/exercises/*/solution.ts"],
  { query: "?raw", import: "default", eager: true },
);

export interface ExerciseCode {
  starter: string;
  solution: string;
}

/** An exercise's code; throws, naming the file, when one is missing. */
export function exerciseCode(slug: string): ExerciseCode {
  const read = (name: string): string => {
    const text = files[`/content/exercises/${slug}/${name}`];
    if (text === undefined) {
      throw new Error(
        `content/exercises/${slug}/${name} is missing: an exercise's folder holds index.mdx, starter.ts, solution.ts and checks.ts`,
      );
    }
    return text;
  };
  return { starter: read("starter.ts"), solution: read("solution.ts") };
}

/** The key a learner's code for this exercise is saved under, beside the examples' (`lessons/…`). */
export function exerciseCodeId(slug: string): string {
  return `exercises/${slug}`;
}
