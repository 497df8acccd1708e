// The race detector's runtime side, driven through its hooks by hand (the
// compiler's instrumentation and whole programs are tested in
// src/client/playground/race.test.ts).
import { describe, expect, it } from "vitest";
import { go } from "./builtin.ts";
import { chan } from "./builtin.ts";
import { maxAlive, maxReports, resetSlots } from "./race.ts";
import * as h from "./race-hooks.ts";
import { run } from "./run.ts";
import { Mutex } from "./sync/mutex.ts";
import { WaitGroup } from "./sync/waitgroup.ts";
import { sleep } from "./time.ts";

// One site per line of a pretend learner's file.
const sites = h.sites(
  "prog.ts",
  Array.from(
    { length: 300 },
    (_, i) => [i + 1, 3, "main.main.func1", `v${i}`, 0] as const,
  ),
);

/** Two goroutines each write `n` different variables, unordered: n races. */
async function racing(n: number) {
  const cells = Array.from({ length: n }, () => h.v());
  const wg = new WaitGroup();
  for (let g = 0; g < 2; g++) {
    wg.add(1);
    go(() => {
      for (let i = 0; i < n; i++) h.w(cells[i]!, sites[i]!, g);
      wg.done();
    });
  }
  await wg.wait();
}

describe("race detector", () => {
  it("counts every race but prints at most maxReports, and says so", async () => {
    let out = "";
    const r = await run(() => racing(maxReports + 20), {
      seed: 1,
      race: true,
      onOutput: (t) => (out += t),
    });
    expect(r.races).toHaveLength(maxReports);
    expect(out.match(/WARNING: DATA RACE/g)).toHaveLength(maxReports);
    expect(out).toContain(
      `(more data races found: only the first ${maxReports} are reported)`,
    );
    expect(out.endsWith(`Found ${maxReports + 20} data race(s)\n`)).toBe(true);
    expect(r.exitCode).toBe(66);
    expect(r.stdout).toBe("");
  });

  it("leaves a panic's exit status alone, as Go exits before its summary", async () => {
    let out = "";
    const r = await run(
      async () => {
        await racing(1);
        throw new Error("boom");
      },
      { seed: 1, race: true, onOutput: (t) => (out += t) },
    );
    expect(r.races).toHaveLength(1);
    expect(r.exitCode).toBe(2);
    expect(out).not.toContain("Found");
  });

  it("is off unless asked for: the same program reports nothing", async () => {
    const r = await run(() => racing(3), { seed: 1 });
    expect(r.races).toEqual([]);
    expect(r.exitCode).toBe(0);
  });

  it("starts afresh each run: a variable's history does not leak into the next", async () => {
    const cell = h.v();
    // The first run writes from goroutine 2; the second from main, which
    // knows nothing of that goroutine: only a stale history could race.
    const first = await run(
      async () => {
        const wg = new WaitGroup();
        wg.add(1);
        go(() => {
          h.w(cell, sites[0]!, 1);
          wg.done();
        });
        await wg.wait();
      },
      { seed: 1, race: true },
    );
    const second = await run(
      async () => {
        h.w(cell, sites[1]!, 2);
      },
      { seed: 1, race: true },
    );
    expect(first.races).toEqual([]);
    expect(second.races).toEqual([]);
  });

  it(
    "forgets finished goroutines past resetSlots, and still finds races after",
    { timeout: 60_000 },
    async () => {
      const r = await run(
        async () => {
          // More goroutines than slots, one after another, each with the
          // lock; main never waits for them, so their slots cannot be reused.
          const shared = h.v();
          const mu = new Mutex();
          for (let i = 0; i < resetSlots * 1.5; i++) {
            go(async () => {
              await mu.lock();
              h.w(shared, sites[0]!, i);
              mu.unlock();
            });
            await sleep(1);
          }
          await mu.lock();
          h.r(shared, sites[1]!);
          mu.unlock();
          await racing(1);
        },
        { seed: 1, race: true },
      );
      expect(r.error).toBeNull();
      expect(r.races.map((x) => x.access.name)).toEqual(["v0"]);
    },
  );

  it("reuses a finished goroutine's slot only when the parent knows all it did", async () => {
    const r = await run(
      async () => {
        const x = h.v();
        const y = h.v();
        // Rounds of one goroutine each, waited for: ordered, and their slots reused.
        for (let i = 0; i < 50; i++) {
          const wg = new WaitGroup();
          wg.add(1);
          go(() => {
            h.w(x, sites[2]!, i);
            wg.done();
          });
          await wg.wait();
        }
        // Two goroutines main never waits for: they race, whatever slots they get.
        for (let i = 0; i < 2; i++) {
          go(() => {
            h.w(y, sites[3 + i]!, i);
          });
          await sleep(1);
        }
      },
      { seed: 1, race: true },
    );
    expect(r.races.map((x) => `${x.access.name}/${x.previous.name}`)).toEqual([
      "v4/v3",
    ]);
  });

  it(
    "dies as Go's does with too many goroutines alive at once",
    { timeout: 60_000 },
    async () => {
      const r = await run(
        async () => {
          const block = chan<void>();
          for (let i = 0; i < maxAlive + 1; i++) go(() => block.recv());
          await block.recv();
        },
        { seed: 1, race: true },
      );
      expect(r.error?.message).toBe(
        `race: limit on ${maxAlive} simultaneously alive goroutines is exceeded, dying`,
      );
    },
  );

  it("hooks outside any run are plain accesses", () => {
    const o: Record<string, number> = { n: 1 };
    expect(h.rp(o, "n", sites[0]!)).toBe(1);
    expect(h.wp(o, "n", 5, sites[0]!)).toBe(5);
    expect(h.up(o, "n", 1, false, sites[0]!)).toBe(5);
    expect(o.n).toBe(6);
    expect(h.cpw((h.cpr(o, "n", sites[0]!) as number) * 2)).toBe(12);
    expect(h.m([1, 2], "push", sites[0]!)).toEqual([1, 2]);
  });
});
