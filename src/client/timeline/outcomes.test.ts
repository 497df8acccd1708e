import { describe, expect, it } from "vitest";
import type { ScheduleRun } from "../playground/protocol.ts";
import { ending, groupOutcomes, quote, summary } from "./outcomes.ts";

const deadlock = "fatal error: all goroutines are asleep - deadlock!";
const runs = (list: [string, string | null, number][]): ScheduleRun[] =>
  list.map(([output, error, exitCode], i) => ({ seed: i + 1, output, error, exitCode }));

describe("groupOutcomes", () => {
  it("counts each distinct output and ending, most frequent first, with its seeds", () => {
    const outcomes = groupOutcomes(
      runs([
        ["B\nA\n", null, 0],
        ["A\nB\n", null, 0],
        ["A\nB\n", null, 0],
        ["A\n", deadlock, 2],
        ["B\nA\n", null, 0],
        ["A\nB\n", null, 0],
      ]),
    );
    expect(outcomes).toEqual([
      { output: "A\nB\n", error: null, exitCode: 0, count: 3, seeds: [2, 3, 6] },
      { output: "B\nA\n", error: null, exitCode: 0, count: 2, seeds: [1, 5] },
      { output: "A\n", error: deadlock, exitCode: 2, count: 1, seeds: [4] },
    ]);
  });

  it("tells apart runs that print the same but end differently", () => {
    const outcomes = groupOutcomes(
      runs([
        ["x\n", null, 0],
        ["x\n", "panic: boom", 2],
      ]),
    );
    expect(outcomes).toHaveLength(2);
    expect(outcomes.map(ending)).toEqual(["exits", "panic: boom"]);
  });

  it("breaks ties by the first seed", () => {
    const outcomes = groupOutcomes(
      runs([
        ["b", null, 0],
        ["a", null, 0],
      ]),
    );
    expect(outcomes.map((o) => o.output)).toEqual(["b", "a"]);
  });
});

describe("summary", () => {
  it("says how many outcomes there were and how often each came", () => {
    const outcomes = groupOutcomes(
      runs([
        ...Array.from({ length: 5 }, (): [string, null, number] => ["A B\n", null, 0]),
        ["B A\n", null, 0],
        ["B A\n", null, 0],
        ["", deadlock, 2],
      ]),
    );
    expect(summary(outcomes, 8)).toBe("3 outcomes in 8 schedules: 5× `A B`, 2× `B A`, 1× deadlock");
    expect(summary(groupOutcomes(runs([["hi\n", null, 0]])), 1)).toBe(
      "1 outcome in 1 schedule: every run ends the same way: 1× `hi`",
    );
  });

  it("quotes outputs on one line, cut short", () => {
    expect(quote("a\nb\n")).toBe("a ⏎ b");
    expect(quote("")).toBe("(no output)");
    expect(quote("x".repeat(100), 10)).toBe("xxxxxxxxx…");
  });
});
