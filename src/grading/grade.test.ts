import { chan, go } from "go";
import * as time from "go/time";
import { describe, expect, it } from "vitest";
import { deepEqual, describeThrown, gradeCheck, gradeChecks } from "./grade.ts";
import { checks } from "./testing.ts";

// A small exercise: sum a list with one goroutine per half.
async function goodSum(xs: number[]): Promise<number> {
  const c = chan<number>();
  const half = Math.floor(xs.length / 2);
  for (const part of [xs.slice(0, half), xs.slice(half)]) {
    go(async () => c.send(part.reduce((a, b) => a + b, 0)));
  }
  return (await c.recv()) + (await c.recv());
}

async function leakySum(xs: number[]): Promise<number> {
  const c = chan<number>();
  go(async () => c.send(xs.reduce((a, b) => a + b, 0)));
  go(async () => c.send(0)); // nobody receives this one
  return c.recv();
}

async function slowSum(xs: number[]): Promise<number> {
  await time.sleep(2 * time.Second);
  return goodSum(xs);
}

const sumChecks = checks<{ sum: (xs: number[]) => Promise<number> }>((learner) => [
  {
    name: "adds up the list",
    async run(t) {
      const r = await t.run(() => learner.sum([1, 2, 3, 4]));
      t.noDeadlock(r);
      t.equal(r.value, 10, "sum([1 2 3 4])");
    },
  },
  {
    name: "leaves no goroutine behind",
    async run(t) {
      const r = await t.run(() => learner.sum([5, 5]));
      t.noLeaks(r, "sum");
    },
  },
  {
    name: "answers within a second",
    seeds: 1,
    async run(t) {
      const r = await t.run(() => learner.sum([1]));
      t.within(r, time.Second, "sum([1])");
    },
  },
  {
    name: "uses at most three goroutines",
    seeds: 1,
    async run(t) {
      t.atMostGoroutines(await t.run(() => learner.sum([1, 2])), 3);
    },
  },
]);

describe("grading", () => {
  it("passes a correct solution under every seed, in the checks' order", async () => {
    const seen: string[] = [];
    const results = await gradeChecks(sumChecks({ sum: goodSum }), {
      onResult: (r) => seen.push(r.name),
    });
    expect(results.map((r) => [r.name, r.pass, r.seeds])).toEqual([
      ["adds up the list", true, 20],
      ["leaves no goroutine behind", true, 20],
      ["answers within a second", true, 1],
      ["uses at most three goroutines", true, 1],
    ]);
    expect(seen).toEqual(results.map((r) => r.name));
  });

  it("says what is wrong in Go's words, with the first failing seed", async () => {
    const results = await gradeChecks(sumChecks({ sum: leakySum }));
    // Which send main receives depends on the seed: some seeds get 0.
    expect(results[0]!.pass).toBe(false);
    expect(results[0]!.message).toBe("sum([1 2 3 4]) = 0, want 10");
    expect(results[0]!.seed).toBeGreaterThanOrEqual(1);
    expect(results[1]).toMatchObject({ pass: false, seed: 1 });
    expect(results[1]!.message).toMatch(
      /^sum returned with 1 goroutine still running:\n\tgoroutine \d \[chan send\] at .*grade\.test\.ts:\d+:\d+$/,
    );
    expect(results[3]).toMatchObject({ pass: true }); // main and two goroutines
    const [tooMany] = await gradeChecks(
      checks<null>(() => [
        {
          name: "two at most",
          seeds: 1,
          async run(t) {
            t.atMostGoroutines(await t.run(() => leakySum([1])), 2);
          },
        },
      ])(null),
    );
    expect(tooMany!.message).toBe("3 goroutines were alive at once, want at most 2");
  });

  it("reports time on the virtual clock", async () => {
    const [, , within] = await gradeChecks(sumChecks({ sum: slowSum }));
    expect(within).toMatchObject({
      pass: false,
      message: "sum([1]) took 2s of virtual time, want at most 1s",
      seed: 1,
    });
  });

  it("stops a check at its first failing seed", async () => {
    let runs = 0;
    const result = await gradeCheck({
      name: "fails from seed 3",
      async run(t) {
        runs++;
        t.assert(t.seed < 3, `failed under seed ${t.seed}`);
      },
    });
    expect(result).toEqual({
      name: "fails from seed 3",
      pass: false,
      message: "failed under seed 3",
      seed: 3,
      seeds: 3,
    });
    expect(runs).toBe(3);
  });

  it("turns any thrown value into an honest failure", async () => {
    const nasty = {
      get message(): string {
        throw new Error("gotcha");
      },
    };
    for (const thrown of [null, undefined, 42, "text", new TypeError("bad"), nasty]) {
      const r = await gradeCheck({
        name: "throws",
        seeds: 1,
        async run() {
          throw thrown;
        },
      });
      expect(r.pass).toBe(false);
      expect(r.message).toMatch(/^the check stopped with /);
    }
    expect(describeThrown(new TypeError("bad"))).toBe("TypeError: bad");
    expect(describeThrown(null)).toBe("a thrown null: <nil>");
  });

  it("a deadlock inside a run fails with Go's message", async () => {
    const r = await gradeCheck({
      name: "deadlocks",
      seeds: 1,
      async run(t) {
        t.noDeadlock(await t.run(() => chan<number>().recv()));
      },
    });
    expect(r.message).toMatch(
      /^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:/,
    );
  });

  it("compares deeply", () => {
    expect(deepEqual([1, [2, { a: 3 }]], [1, [2, { a: 3 }]])).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual(new Map([[1, "a"]]), new Map([[1, "a"]]))).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
  });
});
