import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Main } from "go/run";
import { afterAll, describe, expect, it } from "vitest";
import { goalReached, type PuzzleGoal, verdict } from "../client/puzzle/goal.ts";
import { formatProblem, listContent } from "./check-content.ts";
import { checkPuzzles, readPuzzles } from "./check-puzzles.ts";
import { puzzleTags, readPuzzleProps } from "./puzzle-schema.ts";
import { findWin, judge, replay } from "./puzzle-search.ts";

/**
 * The lessons' puzzles: the learner steps the scheduler by hand until the
 * program goes wrong, and the page judges the win by replaying the choices
 * on a fresh run. These tests judge as the page does (goal.ts's verdict),
 * with winning schedules found by a search, never written down by hand.
 */

const projectDir = fileURLToPath(new URL("../../", import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("a goal", () => {
  const ok = { stdout: "paid out: 70\nbalance: 30\n", exitCode: 0, error: null };
  const overdrawn = { stdout: "paid out: 140\nbalance: -40\n", exitCode: 0, error: null };
  const deadlock = { stdout: "", exitCode: 2, error: { kind: "deadlock" } };
  const output: PuzzleGoal = { kind: "output", line: "balance: -40" };

  it("of output is a whole line of what the program printed", () => {
    expect(goalReached(output, overdrawn)).toBe(true);
    expect(goalReached(output, ok)).toBe(false);
    expect(goalReached(output, { ...ok, stdout: "balance: -400\n" })).toBe(false);
    expect(goalReached(output, { ...ok, stdout: "x balance: -40\n" })).toBe(false);
  });

  it("of deadlock is Go's all-goroutines-asleep ending, not any failure", () => {
    expect(goalReached({ kind: "deadlock" }, deadlock)).toBe(true);
    expect(goalReached({ kind: "deadlock" }, ok)).toBe(false);
    expect(goalReached({ kind: "deadlock" }, { ...deadlock, error: { kind: "panic" } })).toBe(
      false,
    );
  });

  it("is solved only by a replay that made exactly the choices given", () => {
    const made = [{ open: true }, { open: false }, { open: true }];
    expect(verdict(output, [1, 0, 1], overdrawn, made)).toEqual({ solved: true, steps: 2 });
    expect(verdict(output, [1, 0, 1], ok, made)).toEqual({ solved: false, why: "goal" });
    // Fewer choices given than made: the seed made the rest, not the learner.
    expect(verdict(output, [1, 0], overdrawn, made)).toEqual({ solved: false, why: "choices" });
    expect(verdict(output, [1, 0, 1, 0], overdrawn, made)).toEqual({
      solved: false,
      why: "choices",
    });
  });
});

describe("a <Puzzle>'s attributes", () => {
  it("give the goal", () => {
    expect(readPuzzleProps({ src: "./a.ts", goal: "deadlock" })).toEqual({
      ok: true,
      src: "./a.ts",
      goal: { kind: "deadlock" },
    });
    expect(readPuzzleProps({ src: "./a-b.ts", goal: "output", output: "x: 1" })).toEqual({
      ok: true,
      src: "./a-b.ts",
      goal: { kind: "output", line: "x: 1" },
    });
  });

  it("say what is wrong, naming the attribute", () => {
    const problems = (a: Record<string, string>) => {
      const r = readPuzzleProps(a);
      return r.ok ? [] : r.problems;
    };
    expect(problems({ src: "./a.ts", goal: "panic" })).toEqual([
      expect.stringMatching(/^goal: .*"deadlock".*"output"/),
    ]);
    expect(problems({ src: "./a.ts", goal: "output" })).toEqual([
      'output: goal="output" needs output="…", the line the program must print',
    ]);
    expect(problems({ src: "./a.ts", goal: "deadlock", output: "x" })).toEqual([
      expect.stringMatching(/^output: output="…" goes with goal="output" only/),
    ]);
    expect(problems({ src: "a.ts", goal: "deadlock" })).toEqual([
      expect.stringMatching(/^src: expected the example's file next to the lesson/),
    ]);
    expect(problems({ src: "./a.ts", goal: "deadlock", title: "x" })).toEqual([
      expect.stringMatching(/^unknown attribute "title"/),
    ]);
    expect(problems({ goal: "deadlock" })).toEqual([expect.stringMatching(/^src: /)]);
  });

  it("are found in a lesson's text, with their place", () => {
    const text =
      'Prose.\n\n<Puzzle src="./a.ts" goal="output" output="x: -1">\n\nTask.\n\n</Puzzle>\n';
    expect(puzzleTags(text)).toEqual([
      {
        attributes: { src: "./a.ts", goal: "output", output: "x: -1" },
        line: 3,
        column: 1,
        unquoted: false,
      },
    ]);
    expect(puzzleTags('<Puzzle src={name} goal="deadlock" />')[0]!.unquoted).toBe(true);
  });
});

describe("the content check", () => {
  const chapter = "content/lessons/01-one";
  const hello = `import * as fmt from "go/fmt";\n\nexport async function main() {\n  fmt.println("hello");\n}\n`;
  function project(lesson: string): string {
    const root = mkdtempSync(path.join(tmpdir(), "tour-puzzles-"));
    made.push(root);
    const files = {
      [`${chapter}/chapter.yaml`]: "title: One\nsummary: The first chapter.\n",
      [`${chapter}/01-hello.mdx`]: `---\ntitle: Hello\nsummary: A lesson.\n---\n\n${lesson}`,
      [`${chapter}/hello.ts`]: hello,
      [`${chapter}/hello.out`]: "hello\n",
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  }

  it(
    "names the lesson, the line and the attribute of a wrong puzzle",
    { timeout: 60_000 },
    async () => {
      const root = project(
        '<Example src="./hello.ts" />\n\n<Puzzle src="./hello.ts" goal="livelock">\nTask.\n</Puzzle>\n',
      );
      const problems = (await checkPuzzles(listContent(root))).map(formatProblem);
      expect(problems).toEqual([
        expect.stringMatching(
          /^content\/lessons\/01-one\/01-hello\.mdx:8:1: <Puzzle>: goal: Invalid option: expected one of "deadlock"\|"output"$/,
        ),
      ]);
    },
  );

  it("wants the program shown in the lesson", { timeout: 60_000 }, async () => {
    const root = project('<Puzzle src="./hello.ts" goal="deadlock">\nTask.\n</Puzzle>\n');
    expect((await checkPuzzles(listContent(root))).map(formatProblem)).toEqual([
      expect.stringContaining('add <Example src="./hello.ts" /> before the puzzle'),
    ]);
  });

  it(
    "refuses a puzzle that no schedule can win, and one the seeded run already wins",
    { timeout: 60_000 },
    async () => {
      const never = project(
        '<Example src="./hello.ts" />\n\n<Puzzle src="./hello.ts" goal="deadlock">\nTask.\n</Puzzle>\n',
      );
      expect((await checkPuzzles(listContent(never))).map(formatProblem)).toEqual([
        expect.stringContaining("no schedule reaches the goal"),
      ]);
      const given = project(
        '<Example src="./hello.ts" />\n\n<Puzzle src="./hello.ts" goal="output" output="hello">\nTask.\n</Puzzle>\n',
      );
      expect((await checkPuzzles(listContent(given))).map(formatProblem)).toEqual([
        expect.stringContaining("the seeded run already reaches the goal"),
      ]);
    },
  );
});

// Each run of a program below is a fresh run of the runtime; on a busy
// machine a search of a few hundred runs takes seconds.
describe("the lessons' puzzles", () => {
  const content = listContent(projectDir);
  const { puzzles, problems } = readPuzzles(content);

  it("are well formed, and the three the tour sets are there", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(puzzles.map((p) => path.relative(projectDir, p.program)).sort()).toEqual([
      "content/lessons/04-sync/cash-machine.ts",
      "content/lessons/04-sync/lost-signal.ts",
      "content/lessons/05-going-wrong/transfers.ts",
    ]);
  });

  describe.each(puzzles.map((p) => [path.basename(p.program), p] as const))("%s", (_, puzzle) => {
    const load = async () =>
      ((await import(pathToFileURL(puzzle.program).href)) as { main: Main }).main;

    it(
      "is won by a schedule the search finds, and the page's replay agrees",
      { timeout: 60_000 },
      async () => {
        const main = await load();
        const win = await findWin(main, puzzle.goal);
        expect(win, "no winning schedule").not.toBeNull();
        expect(win!.steps).toBeGreaterThan(0);
        // Judged twice, on fresh runs, as the page judges: the same verdict.
        for (let i = 0; i < 2; i++) {
          expect(await judge(main, puzzle.goal, win!.answers)).toEqual({
            solved: true,
            steps: win!.steps,
          });
        }
        // One choice short, the seed makes the last choices: not the learner's win.
        expect(await judge(main, puzzle.goal, win!.answers.slice(0, -1))).toMatchObject({
          solved: false,
        });
      },
    );

    it(
      "is not won by the seeded run, whose choices replay to the lesson's output",
      { timeout: 60_000 },
      async () => {
        const main = await load();
        const seeded = await replay(main, []);
        expect(goalReached(puzzle.goal, seeded.result)).toBe(false);
        expect(seeded.result.error).toBeNull();
        expect(await judge(main, puzzle.goal, seeded.chooser.answers)).toEqual({
          solved: false,
          why: "goal",
        });
      },
    );

    it(
      "has schedules that win and schedules that do not, and each replays to its own verdict",
      { timeout: 60_000 },
      async () => {
        // Every complete schedule, choosing at each open choice, breadth first, up to a budget.
        const main = await load();
        let frontier: number[][] = [[]];
        const complete: { answers: number[]; won: boolean }[] = [];
        for (let runs = 0; frontier.length > 0 && runs < 300;) {
          const next: number[][] = [];
          for (const prefix of frontier) {
            runs++;
            const { result, chooser } = await replay(main, prefix);
            const open = chooser.made.findIndex((c, i) => i >= prefix.length && c.open);
            if (open < 0) {
              complete.push({ answers: chooser.answers, won: goalReached(puzzle.goal, result) });
              continue;
            }
            const base = chooser.answers.slice(0, open);
            for (let v = 0; v < chooser.made[open]!.n; v++) next.push([...base, v]);
          }
          frontier = next;
        }
        const wins = complete.filter((c) => c.won);
        const losses = complete.filter((c) => !c.won);
        expect(wins.length).toBeGreaterThan(0);
        expect(losses.length).toBeGreaterThan(0);
        for (const c of [...wins.slice(0, 5), ...losses.slice(0, 5)]) {
          expect((await judge(main, puzzle.goal, c.answers)).solved, String(c.answers)).toBe(c.won);
        }
      },
    );
  });
});
