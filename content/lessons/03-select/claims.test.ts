import { describe, expect, it } from "vitest";
import { exploreSchedules } from "../../../src/tour/explore-schedules.ts";
import * as randomChoice from "./random-choice.ts";

/**
 * What this chapter's lessons say about their examples beyond the output of
 * seed 1 (which src/tour/examples.test.ts checks). If one fails, the
 * runtime's schedule has changed: correct the lesson's sentence along with
 * the expectation.
 */
describe("chapter 3's lessons", () => {
  it("When several are ready: about sixty splits in 200 schedules, none more than 40 from 500, each adding up to 1000", async () => {
    const outcomes = await exploreSchedules(randomChoice.main);
    expect(outcomes.length).toBeGreaterThanOrEqual(45);
    expect(outcomes.length).toBeLessThanOrEqual(75);
    for (const o of outcomes) {
      expect(o.error).toBeNull();
      const left = Number(/left:\s+(\d+)/.exec(o.output)![1]);
      const right = Number(/right:\s+(\d+)/.exec(o.output)![1]);
      expect(left + right).toBe(1000);
      expect(Math.abs(left - 500)).toBeLessThanOrEqual(40);
    }
  });
});
