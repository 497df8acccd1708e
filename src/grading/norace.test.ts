// t.noRace: a check that runs the learner's code with the race detector and
// fails with Go's report when two goroutines race.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../client/playground/node-compile.ts";
import { gradeCheck } from "./grade.ts";
import type { Check } from "./testing.ts";

type Counter = { count: (n: number) => Promise<number> };

const racy = `import * as sync from "go/sync";

export async function count(n: number): Promise<number> {
  let total = 0;
  const wg = new sync.WaitGroup();
  for (let i = 0; i < n; i++) wg.go(() => { total++; });
  await wg.wait();
  return total;
}
`;

const locked = `import * as sync from "go/sync";

export async function count(n: number): Promise<number> {
  let total = 0;
  const mu = new sync.Mutex();
  const wg = new sync.WaitGroup();
  for (let i = 0; i < n; i++)
    wg.go(async () => {
      await mu.lock();
      total++;
      mu.unlock();
    });
  await wg.wait();
  return total;
}
`;

function checkOf(learner: Counter): Check {
  return {
    name: "counts without a data race",
    async run(t) {
      const r = await t.run(() => learner.count(4), { race: true });
      t.noDeadlock(r);
      t.noRace(r);
      t.equal(r.value, 4, "count(4)");
    },
  };
}

async function grade(source: string) {
  const p = await compileProgram<Counter>(source, "counter.ts", { race: true });
  return gradeCheck(checkOf(p.module), { runOptions: { mapFrame: p.mapFrame } });
}

describe("t.noRace", () => {
  it("fails a racy counter at its first seed, quoting Go's report with the learner's lines", async () => {
    const r = await grade(racy);
    expect(r.pass).toBe(false);
    expect(r.seed).toBe(1);
    expect(r.message).toMatch(/^==================\nWARNING: DATA RACE\n/);
    expect(r.message).toContain("Read at total by goroutine");
    expect(r.message).toContain("  main.count.func1()\n");
    expect(r.message).toContain("created at:\n  main.count()\n");
    expect(r.message).toContain("counter.ts:6:45");
    expect(r.message).toMatch(/==================$/);
  });

  it("passes the same counter behind a mutex under 20 seeds", async () => {
    const r = await grade(locked);
    expect(r).toMatchObject({ pass: true, seeds: 20 });
  });

  it("refuses a run made without the race detector, which could only pass", async () => {
    const p = await compileProgram<Counter>(racy, "counter.ts", { race: true });
    const r = await gradeCheck({
      name: "forgot race: true",
      seeds: 1,
      async run(t) {
        t.noRace(await t.run(() => p.module.count(2)));
      },
    });
    expect(r.pass).toBe(false);
    expect(r.message).toContain("t.noRace needs a run made with t.run(fn, { race: true })");
  });
});
