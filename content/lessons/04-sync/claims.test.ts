import { type Main, run } from "go/run";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../../src/client/timeline/outcomes.ts";
import { exploreSchedules } from "../../../src/tour/explore-schedules.ts";
import * as atomics from "./atomics.ts";
import * as cond from "./cond.ts";
import * as mutexOrChannel from "./mutex-or-channel.ts";
import * as mutex from "./mutex.ts";
import * as once from "./once.ts";
import * as race from "./race.ts";
import * as rwmutex from "./rwmutex.ts";
import * as singleflight from "./singleflight.ts";
import * as syncMap from "./sync-map.ts";
import * as waitgroupDepth from "./waitgroup-depth.ts";

/**
 * What this chapter's lessons say about their examples beyond the output of
 * seed 1 (which src/tour/examples.test.ts checks): which outputs are the
 * same on every seed, and what varies and how. If one of these fails, the
 * runtime's schedule has changed: correct the lesson's sentence along with
 * the expectation. (The Pool example, a million goroutines, is left to the
 * examples' test: its count is set by the virtual clock alone.)
 */

async function outputs(main: Main, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let seed = 1; seed <= n; seed++) {
    const r = await run(main, { seed, trace: false, locations: false });
    expect(r.error, `seed ${seed}`).toBeNull();
    out.push(r.stdout);
  }
  return out;
}

const distinct = (xs: string[]) => new Set(xs).size;

describe("chapter 4's lessons", () => {
  it("Race conditions: some days lose a deposit; of the first 40 seeds, about half lose none", async () => {
    const runs = await outputs(race.main, 40);
    const good = runs.filter((out) => !out.includes("lost")).length;
    // "of the first forty seeds, about half give five good days in a row"
    expect(good).toBeGreaterThanOrEqual(16);
    expect(good).toBeLessThanOrEqual(24);
    // A lost update loses Ana's 50 or Ben's 30, never anything else.
    for (const out of runs) {
      for (const line of out.trimEnd().split("\n")) {
        expect(line).toMatch(
          /^day \d: balance (80|50 \(lost 30\)|30 \(lost 50\))$/,
        );
      }
    }
  });

  it("Race conditions: Explore schedules finds about half the runs losing nothing, most others one day, some thirty outputs", async () => {
    const outcomes = await exploreSchedules(race.main);
    const badDays = (o: Outcome) =>
      o.output.split("\n").filter((l) => l.includes("lost")).length;
    const runsWith = (days: (n: number) => boolean) =>
      outcomes
        .filter((o) => days(badDays(o)))
        .reduce((n, o) => n + o.count, 0);
    // "about half lose nothing"
    expect(runsWith((n) => n === 0)).toBeGreaterThanOrEqual(85);
    expect(runsWith((n) => n === 0)).toBeLessThanOrEqual(120);
    // "most of the others lose a deposit on one day, a few on two or three days"
    expect(runsWith((n) => n === 1)).toBeGreaterThan(
      runsWith((n) => n >= 2) * 2,
    );
    expect(runsWith((n) => n === 2 || n === 3)).toBeGreaterThan(0);
    expect(runsWith((n) => n > 3)).toBeLessThanOrEqual(2);
    // "some thirty different outputs in all"
    expect(outcomes.length).toBeGreaterThanOrEqual(22);
    expect(outcomes.length).toBeLessThanOrEqual(40);
  });

  it.each([
    ["Mutex", mutex.main],
    ["RWMutex", rwmutex.main],
    ["Once", once.main],
    ["Mutex or channel?", mutexOrChannel.main],
  ])(
    "%s: the output is the same on every seed",
    async (_lesson, main) => {
      expect(distinct(await outputs(main, 20))).toBe(1);
    },
  );

  it("WaitGroup in depth: adding inside the goroutine shows nothing done, or only the skipped job", async () => {
    const firsts = (await outputs(waitgroupDepth.main, 40)).map(
      (out) => out.split("\n")[0],
    );
    expect(new Set(firsts)).toEqual(
      new Set([
        "add inside go: -, -, -",
        "add inside go: -, skipped, -",
      ]),
    );
  });

  it("Cond: broadcast wakes all three in an order that varies; signal wakes the first of them", async () => {
    const runs = await outputs(cond.main, 30);
    const orders = new Set<string>();
    for (const out of runs) {
      const lines = out.trimEnd().split("\n");
      expect(lines).toHaveLength(6);
      const first = lines[1]!.replace("(click 1)", "").trim();
      orders.add(lines.slice(1, 4).join());
      expect(lines[5]!.trim()).toBe(`${first} (click 2)`);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("sync.Map: one winner for the name, who varies with the seed", async () => {
    const winners = new Set<string>();
    for (const out of await outputs(syncMap.main, 40)) {
      const yours = out.match(/^\w+: "gopher" is yours$/gm) ?? [];
      expect(yours).toHaveLength(1);
      winners.add(yours[0]!.split(":")[0]!);
    }
    // "with seed 1 it is Cat, and other seeds give the name to Ana or Eve"
    expect(winners).toEqual(new Set(["ana", "cat", "eve"]));
  });

  it("Atomics: ten tickets sold and none left on every seed; the retries vary", async () => {
    const runs = await outputs(atomics.main, 20);
    for (const out of runs) expect(out).toContain("sold: 10 left: 0\n");
    expect(
      distinct(runs.map((out) => out.split("\n")[2]!)),
    ).toBeGreaterThan(1);
  });

  it("singleflight: one call, every caller shared, on every seed", async () => {
    for (const out of await outputs(singleflight.main, 20)) {
      const lines = out.trimEnd().split("\n");
      expect(
        lines.filter((l) =>
          /^caller \d: paris: sunny, shared true$/.test(l),
        ),
      ).toHaveLength(10);
      expect(lines.slice(10)).toEqual([
        "10 callers, 1 call, 100ms",
        "later: paris: sunny, shared false, calls 2",
      ]);
    }
  });
});
