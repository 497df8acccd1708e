import { describe, expect, it } from "vitest";
import { chan, go, recv, select, send } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as sync from "go/sync";
import { Chooser } from "./chooser.ts";

// Three goroutines hand values around, with a select: plenty of choices.
async function program() {
  const a = chan<number>(1);
  const b = chan<number>();
  const wg = new sync.WaitGroup();
  for (let w = 0; w < 3; w++) {
    wg.add(1);
    go(async () => {
      for (let i = 0; i < 3; i++) {
        await select([send(a, w * 10 + i), send(b, w * 10 + i)]);
      }
      wg.done();
    });
  }
  go(async () => {
    await wg.wait();
    a.close();
  });
  let n = 0;
  while (n < 9) {
    await select([
      recv(a, (v) => fmt.println("a", v)),
      recv(b, (v) => fmt.println("b", v)),
    ]);
    n++;
  }
}

describe("Chooser", () => {
  it("with no choices given, runs exactly as the seed does", async () => {
    for (const seed of [1, 2, 3]) {
      const seeded = await run(program, { seed });
      const chooser = new Chooser([], seed);
      const chosen = await run(program, { seed, chooser });
      expect(chosen.stdout).toBe(seeded.stdout);
      expect(chosen.trace).toEqual(seeded.trace);
      expect(chooser.made.length).toBeGreaterThan(5);
      expect(chooser.made.every((c) => !c.given)).toBe(true);
    }
  });

  it("replays every choice of a run exactly, under any seed", async () => {
    const first = new Chooser([], 7);
    const original = await run(program, { seed: 7, chooser: first });
    const again = new Chooser(first.answers, 12345);
    const replayed = await run(program, { seed: 12345, chooser: again });
    expect(replayed.stdout).toBe(original.stdout);
    expect(replayed.trace).toEqual(original.trace);
    const withoutSource = (made: typeof first.made) =>
      made.map((c) => ({ ...c, given: true }));
    expect(withoutSource(again.made)).toEqual(withoutSource(first.made));
    expect(again.made.every((c) => c.given)).toBe(true);
  });

  it("undo: a prefix of the choices retraces the run up to the end of the prefix", async () => {
    const first = new Chooser([], 3);
    const original = await run(program, { seed: 3, chooser: first });
    for (const k of [
      0,
      1,
      4,
      Math.floor(first.made.length / 2),
      first.made.length - 1,
    ]) {
      const undone = new Chooser(first.answers.slice(0, k), 99);
      const r = await run(program, { seed: 99, chooser: undone });
      // Every choice up to k is the same, asked at the same point of the run.
      for (let i = 0; i <= k && i < undone.made.length; i++) {
        const { given: _a, value: va, ...want } = first.made[i]!;
        const { given: _b, value: vb, ...got } = undone.made[i]!;
        expect(got).toEqual(want);
        if (i < k) expect(vb).toBe(va);
      }
      // And everything that happened before choice k happened the same way.
      const upTo = first.made[k]!.events;
      expect(r.trace.slice(0, upTo)).toEqual(original.trace.slice(0, upTo));
    }
  });

  it("lets a learner pick which goroutine runs next", async () => {
    const twoPrinters = async () => {
      const wg = new sync.WaitGroup();
      wg.add(2);
      go(async () => {
        fmt.println("first");
        wg.done();
      });
      go(async () => {
        fmt.println("second");
        wg.done();
      });
      await wg.wait();
    };
    // Probe the first choice: which goroutines are runnable when main blocks?
    const probe = new Chooser([], 1);
    await run(twoPrinters, { seed: 1, chooser: probe });
    const runq = probe.made.findIndex((c) => c.why === "runq");
    expect(runq).toBeGreaterThanOrEqual(0);
    const options = probe.made[runq]!.goroutines!;
    expect([...options].sort()).toEqual([2, 3]);
    for (const [g, want] of [
      [2, "first\nsecond\n"],
      [3, "second\nfirst\n"],
    ] as const) {
      const answers = [...probe.answers.slice(0, runq), options.indexOf(g)];
      const r = await run(twoPrinters, {
        seed: 1,
        chooser: new Chooser(answers, 1),
      });
      expect(r.stdout).toBe(want);
    }
  });
});
