import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkEmbeds,
  checkExampleOutputs,
  checkExercise,
  checkFormatting,
  checkFrontmatter,
  checkTypes,
  formatProblem,
  listContent,
  type Problem,
} from "../src/tour/check-content.ts";
import { checkPuzzles } from "../src/tour/check-puzzles.ts";

/**
 * Checks everything in content/ in seconds, and prints each problem as
 * `file:line:column: message`:
 *
 *   npm run check:content
 *
 * Frontmatter, the tour's order, <Example> files, type errors, every
 * example's output against its .out file, every <Puzzle> (its attributes,
 * and that it can be won but is not by the seeded run), and every exercise's solution and
 * starter against its checks, and formatting. The exit status is 1 when something is wrong.
 * `npm run build` runs it first.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
const content = listContent(root);
const problems: Problem[] = [];

function report(step: string, found: Problem[]) {
  problems.push(...found);
  for (const p of found) console.log(formatProblem(p));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${found.length === 0 ? "ok  " : "FAIL"} ${step} (${seconds} s)`);
}

report("frontmatter and the tour's order", checkFrontmatter(content));
report("examples embedded in lessons", checkEmbeds(content));
report("type errors in examples and exercises", checkTypes(content, root));
report("formatting (npm run format:content fixes it)", await checkFormatting(content));
report(
  `${content.examples.length} examples print their .out files`,
  await checkExampleOutputs(content),
);
report("puzzles: well formed, not won by the seeded run, winnable", await checkPuzzles(content));
const exerciseProblems: Problem[] = [];
for (const folder of content.exercises)
  exerciseProblems.push(...(await checkExercise(content, folder)));
report(
  `${content.exercises.length} exercises: solutions pass, starters and wrong solutions fail`,
  exerciseProblems,
);

if (problems.length > 0) {
  console.log(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${path.relative(process.cwd(), path.join(root, "content")) || "content"}`,
  );
  process.exitCode = 1;
}
