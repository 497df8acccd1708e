// An exercise's wrong solutions, content/exercises/<slug>/wrong/*.ts: each a
// learner's whole file making one classic mistake, beginning with a header
// that says what the mistake is and which check catches it. The exercise
// tests and `npm run check:content` grade each one with that check under the
// solution's seeds, so a check that stops catching its mistake is noticed.
// Nothing here reaches the site.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { CheckResult } from "./protocol.ts";

/** What a wrong solution's header says. */
export interface WrongHeader {
  /** The mistake, in a sentence or two. */
  mistake: string;
  /** The name of the check that must fail, exactly as the grader shows it. */
  caughtBy: string;
}

/** The header a wrong solution must begin with. */
export const wrongHeaderForm = '// Mistake: … // Caught by: "<check name>"';

/**
 * Reads the header a wrong solution begins with, or null if it has none:
 *
 *   // Mistake: what it gets wrong (it may run on over several lines).
 *   // Caught by: "<the check's name>"
 */
export function wrongHeader(source: string): WrongHeader | null {
  const comment: string[] = [];
  for (const line of source.split("\n")) {
    const m = /^\/\/ ?(.*)$/.exec(line.trim());
    if (!m) break;
    comment.push(m[1]!.trim());
  }
  const m = /^Mistake: (.+?) Caught by: "(.+)"$/s.exec(comment.join(" "));
  return m ? { mistake: m[1]!, caughtBy: m[2]! } : null;
}

/** An exercise's wrong solutions, as paths relative to its folder (`wrong/x.ts`), sorted. */
export function wrongSolutions(folder: string): string[] {
  const dir = path.join(folder, "wrong");
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".ts"))
        .sort()
        .map((f) => `wrong/${f}`)
    : [];
}

/**
 * What is wrong with a wrong solution graded with only the check its header
 * names (`results`), or null if that check caught it as it should.
 */
export function wrongSolutionProblem(
  header: WrongHeader,
  results: readonly CheckResult[],
  seeds: number,
): string | null {
  const result = results.find((r) => r.name === header.caughtBy);
  if (result === undefined) {
    return `names the check "${header.caughtBy}", which the exercise does not have: name a check exactly as the grader shows it`;
  }
  if (result.pass) {
    return `passes "${header.caughtBy}" under ${seeds} seeds, but that check should catch its mistake (${header.mistake})`;
  }
  // A wrong solution is caught for its mistake, not because the file is broken.
  if (/\b(ReferenceError|TypeError|SyntaxError)\b/.test(result.message)) {
    return `fails "${header.caughtBy}" with a JavaScript error, not for its mistake: ${result.message.split("\n")[0]}`;
  }
  return null;
}
