import { describe, expect, it } from "vitest";
import { exploreSchedules } from "../../../src/tour/explore-schedules.ts";
import * as sendReceive from "./send-receive.ts";

/**
 * What this chapter's lessons say about their examples beyond the output of
 * seed 1 (which src/tour/examples.test.ts checks). If one fails, the
 * runtime's schedule has changed: correct the lesson's sentence along with
 * the expectation.
 */
describe("chapter 2's lessons", () => {
  it("Send and receive: Explore schedules finds two outcomes, 54 first in about three runs of five", async () => {
    const outcomes = await exploreSchedules(sendReceive.main);
    expect(outcomes.map((o) => o.output).sort()).toEqual([
      "partial sums: 52 54\ntotal: 106\n",
      "partial sums: 54 52\ntotal: 106\n",
    ]);
    const first54 = outcomes.find((o) =>
      o.output.startsWith("partial sums: 54"),
    )!;
    // "54 first in about three runs out of five"
    expect(first54.count).toBeGreaterThanOrEqual(105);
    expect(first54.count).toBeLessThanOrEqual(135);
  });
});
