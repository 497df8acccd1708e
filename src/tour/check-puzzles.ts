import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Main } from "go/run";
import { goalReached } from "../client/puzzle/goal.ts";
import type { Content, Problem } from "./check-frontmatter.ts";
import { exampleSources, puzzleTags, readPuzzleProps } from "./puzzle-schema.ts";
import { findWin } from "./puzzle-search.ts";
import { runExample } from "./run-example.ts";

/** A lesson's puzzle, read and checked: where it is, its program and its goal. */
export interface LessonPuzzle {
  lesson: string;
  line: number;
  column: number;
  program: string;
  goal: import("../client/puzzle/goal.ts").PuzzleGoal;
}

/**
 * Every `<Puzzle>` of the lessons: its attributes against the schema
 * (src/tour/puzzle-schema.ts), and its program, which the same lesson must
 * embed with `<Example>`. Returns the puzzles that are well formed, and the
 * problems, each at its tag.
 */
export function readPuzzles(content: Content): { puzzles: LessonPuzzle[]; problems: Problem[] } {
  const puzzles: LessonPuzzle[] = [];
  const problems: Problem[] = [];
  for (const lesson of content.lessons) {
    const text = readFileSync(lesson, "utf8");
    const file = path.relative(content.root, lesson);
    for (const tag of puzzleTags(text)) {
      const at = { file, line: tag.line, column: tag.column };
      if (tag.unquoted) {
        problems.push({
          ...at,
          message: '<Puzzle>: attributes are plain quoted strings: src="./name.ts" goal="deadlock"',
        });
        continue;
      }
      const props = readPuzzleProps(tag.attributes);
      if (!props.ok) {
        for (const p of props.problems) problems.push({ ...at, message: `<Puzzle>: ${p}` });
        continue;
      }
      if (!exampleSources(text).includes(props.src)) {
        problems.push({
          ...at,
          message: `<Puzzle src=${JSON.stringify(props.src)}>: the lesson must show the program too: add <Example src=${JSON.stringify(props.src)} /> before the puzzle`,
        });
        continue;
      }
      puzzles.push({
        lesson,
        line: tag.line,
        column: tag.column,
        program: path.resolve(path.dirname(lesson), props.src),
        goal: props.goal,
      });
    }
  }
  return { puzzles, problems };
}

/**
 * Every puzzle can be played: the seeded run (what the page shows as the
 * example's output) does not already reach the goal, and some schedule a
 * learner can choose does (found by findWin, within its budget).
 */
export async function checkPuzzles(content: Content): Promise<Problem[]> {
  const { puzzles, problems } = readPuzzles(content);
  for (const p of puzzles) {
    const at = { file: path.relative(content.root, p.lesson), line: p.line, column: p.column };
    const name = path.basename(p.program);
    const seeded = await runExample(p.program);
    if (goalReached(p.goal, seeded)) {
      problems.push({
        ...at,
        message: `<Puzzle src="./${name}">: the seeded run already reaches the goal, so the page's output gives the answer away; the puzzle wants a program whose usual run goes well`,
      });
      continue;
    }
    const program = (await import(pathToFileURL(p.program).href)) as { main: Main };
    const win = await findWin(program.main, p.goal);
    if (win === null) {
      problems.push({
        ...at,
        message: `<Puzzle src="./${name}">: no schedule reaches the goal (searched the learner's choices breadth first): make the bad outcome reachable, with an await where the scheduler may switch`,
      });
    }
  }
  return problems;
}
