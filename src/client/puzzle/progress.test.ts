import { describe, expect, it } from "vitest";
import {
  describeProgress,
  emptyProgress,
  parseProgressFile,
  progressFileText,
} from "../progress-file.ts";

describe("solved puzzles in the learner's progress", () => {
  it("are counted apart from the exercises done", () => {
    const p = {
      ...emptyProgress(),
      done: [
        "hello-workers",
        "puzzle:lessons/sync/cash-machine",
        "puzzle:lessons/sync/lost-signal",
      ],
    };
    expect(describeProgress(p)).toBe(
      "0 lessons opened, 1 exercise done, 2 puzzles solved, code for 0 programs",
    );
    expect(describeProgress({ ...p, done: ["hello-workers"] })).toBe(
      "0 lessons opened, 1 exercise done, code for 0 programs",
    );
  });

  it("travel in an exported file and come back", () => {
    const p = { ...emptyProgress(), done: ["puzzle:lessons/going-wrong/transfers"] };
    const back = parseProgressFile(progressFileText(p, new Date(0)));
    expect(back).toEqual({ ok: true, progress: p });
  });
});
