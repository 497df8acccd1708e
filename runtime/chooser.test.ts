import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chan, go, recv, select, send } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as sync from "go/sync";
import * as time from "go/time";
import { caseLocation, Chooser } from "./chooser.ts";

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

// Two buffered channels, both holding values: every select has two cases ready.
async function twoReady() {
  const a = chan<string>(3);
  const b = chan<string>(3);
  for (const v of ["a1", "a2", "a3"]) await a.send(v);
  for (const v of ["b1", "b2", "b3"]) await b.send(v);
  for (let i = 0; i < 3; i++) {
    await select([
      recv(a, (v) => fmt.println(v)),
      recv(b, (v) => fmt.println(v)),
    ]);
  }
}

describe("Chooser at a select", () => {
  it("asks which ready case fires, listing the ready cases in source order", async () => {
    const probe = new Chooser([], 5);
    await run(twoReady, { seed: 5, chooser: probe, trace: true });
    const asked = probe.made.filter((c) => c.why === "case");
    expect(asked).toHaveLength(3);
    for (const c of asked) {
      expect(c.open).toBe(true);
      expect(c.n).toBe(2);
      expect(c.ncases).toBe(2);
      expect(c.g).toBe(1);
      expect(c.cases!.map((r) => [r.index, r.kind])).toEqual([
        [0, "recv"],
        [1, "recv"],
      ]);
    }
    // Where the select is: the line of twoReady's `await select([`.
    const lines = readFileSync(new URL(import.meta.url), "utf8").split("\n");
    const from = lines.findIndex((l) => l.includes("async function twoReady"));
    const selectLine =
      lines.findIndex((l, i) => i > from && l.includes("await select([")) + 1;
    const located = new Chooser([], 5);
    const traced = await run(twoReady, {
      seed: 5,
      chooser: located,
      trace: true,
      locations: true,
    });
    for (const c of located.made.filter((m) => m.why === "case")) {
      expect(caseLocation(c, traced.trace)?.line).toBe(selectLine);
    }
    expect(caseLocation(asked[0]!, [])).toBeUndefined();
    // The "case" choice comes after the shuffle's steps, which stay closed.
    const at = probe.made.findIndex((c) => c.why === "case");
    expect(probe.made[at - 1]!.why).toBe("select");
    expect(probe.made[at - 1]!.open).toBe(false);
  });

  it("lets every ready case be chosen, and the chosen case fires", async () => {
    const probe = new Chooser([], 5);
    await run(twoReady, { seed: 5, chooser: probe });
    const at = probe.made.findIndex((c) => c.why === "case");
    const outputs = new Set<string>();
    for (const pick of [0, 1]) {
      const answers = [...probe.answers.slice(0, at), pick];
      const chooser = new Chooser(answers, 5);
      const r = await run(twoReady, { seed: 5, chooser });
      expect(r.stdout.split("\n")[0]).toBe(pick === 0 ? "a1" : "b1");
      expect(chooser.made[at]!.value).toBe(pick);
      outputs.add(r.stdout);
    }
    expect(outputs.size).toBe(2);
    // Every schedule by hand: all eight orders of three picks are reachable.
    const seen = new Set<string>();
    for (let m = 0; m < 8; m++) {
      const picks = [m & 1, (m >> 1) & 1, (m >> 2) & 1];
      const answers: number[] = [];
      for (const pick of picks) {
        const step = new Chooser(answers, 5);
        await run(twoReady, { seed: 5, chooser: step });
        const next = step.made.findIndex(
          (c, i) => i >= answers.length && c.why === "case",
        );
        answers.push(...step.answers.slice(answers.length, next), pick);
      }
      const r = await run(twoReady, {
        seed: 5,
        chooser: new Chooser(answers, 5),
      });
      seen.add(r.stdout.split("\n").slice(0, 3).join(" "));
    }
    expect(seen.size).toBe(8);
  });

  it("a prefix of choices that includes select cases replays exactly; undo goes back", async () => {
    // Choose the case the shuffle did not, at every select.
    const answers: number[] = [];
    for (;;) {
      const step = new Chooser(answers, 11);
      await run(twoReady, { seed: 11, chooser: step });
      const next = step.made.findIndex(
        (c, i) => i >= answers.length && c.why === "case",
      );
      if (next < 0) break;
      answers.push(
        ...step.answers.slice(answers.length, next),
        1 - step.made[next]!.value,
      );
    }
    const seeded = await run(twoReady, { seed: 11, trace: true });
    const first = new Chooser(answers, 11);
    const original = await run(twoReady, {
      seed: 11,
      chooser: first,
      trace: true,
    });
    expect(original.stdout).not.toBe(seeded.stdout);
    // The whole list replays under any seed.
    const again = new Chooser(first.answers, 999);
    const replayed = await run(twoReady, {
      seed: 999,
      chooser: again,
      trace: true,
    });
    expect(replayed.stdout).toBe(original.stdout);
    expect(replayed.trace).toEqual(original.trace);
    // Undo the last case choice: everything before it happens again.
    const last = first.made.findLastIndex((c) => c.why === "case");
    const undone = new Chooser(first.answers.slice(0, last), 999);
    const r = await run(twoReady, { seed: 999, chooser: undone, trace: true });
    const upTo = first.made[last]!.events;
    expect(r.trace.slice(0, upTo)).toEqual(original.trace.slice(0, upTo));
    const { given: _a, value: _va, ...want } = first.made[last]!;
    const { given: _b, value: _vb, ...got } = undone.made[last]!;
    expect(got).toEqual(want);
    expect(undone.made[last]!.given).toBe(false);
  });

  it("answers, when not given, with every ready case equally often (as Go's shuffle)", async () => {
    // Three ready cases among five (a nil one, one never ready).
    const three = async () => {
      const a = chan<number>(1);
      const b = chan<number>(1);
      const c = chan<number>(1);
      const never = chan<number>();
      for (const ch of [a, b, c]) await ch.send(0);
      await select([recv(null), recv(a), recv(never), recv(b), recv(c)]);
    };
    const counts = [0, 0, 0];
    const runs = 600;
    for (let seed = 1; seed <= runs; seed++) {
      const chooser = new Chooser([], seed);
      await run(three, { seed, chooser });
      const c = chooser.made.find((m) => m.why === "case")!;
      expect(c.cases!.map((r) => r.index)).toEqual([1, 3, 4]);
      counts[c.value]!++;
    }
    // 200 expected each, with a standard deviation of 11.5: the seeds are
    // fixed, and 50 away would be over four of them.
    for (const n of counts) expect(Math.abs(n - runs / 3)).toBeLessThan(50);
  });

  it("is not asked when at most one case is ready, nor by the seeded generator", async () => {
    const one = async () => {
      const a = chan<number>(1);
      const b = chan<number>(1);
      await a.send(1);
      await select([recv(a, (v) => fmt.println(v)), recv(b)], () => {});
      await select([recv(a), recv(b)], () => fmt.println("default"));
    };
    const chooser = new Chooser([], 1);
    const r = await run(one, { seed: 1, chooser });
    expect(r.stdout).toBe("1\ndefault\n");
    expect(chooser.made.some((c) => c.why === "case")).toBe(false);
  });

  it("counts a send case, a closed channel and a waiting goroutine as ready", async () => {
    const mixed = async () => {
      const closed = chan<number>();
      closed.close();
      const room = chan<number>(1);
      const full = chan<number>(1);
      await full.send(0);
      const sender = chan<number>();
      go(async () => {
        await sender.send(7);
      });
      await time.sleep(1);
      await select([
        recv(closed),
        send(room, 1),
        send(full, 2),
        recv(sender),
        recv(null),
      ]);
    };
    const chooser = new Chooser([], 3);
    await run(mixed, { seed: 3, chooser });
    const c = chooser.made.find((m) => m.why === "case")!;
    expect(c.ncases).toBe(5);
    expect(c.cases!.map((r) => [r.index, r.kind])).toEqual([
      [0, "recv"],
      [1, "send"],
      [3, "recv"],
    ]);
  });

  it("leaves seeded runs as they were before select asked a Chooser", async () => {
    // Taken from the runtime before the "case" choice existed.
    const before: Record<number, string> = {
      1: "a1 b1 b2",
      2: "a1 a2 a3",
      3: "b1 a1 a2",
      4: "b1 a1 b2",
      42: "a1 b1 a2",
    };
    for (const [seed, want] of Object.entries(before)) {
      const r = await run(twoReady, { seed: Number(seed) });
      expect(r.stdout.trim().split("\n").join(" ")).toBe(want);
    }
  });

  it("with no choices given, leaves the seeded run's output and draws as they were", async () => {
    for (const seed of [1, 2, 3, 42]) {
      const seeded = await run(twoReady, { seed, trace: true });
      const chooser = new Chooser([], seed);
      const chosen = await run(twoReady, { seed, chooser, trace: true });
      expect(chosen.stdout).toBe(seeded.stdout);
      expect(chosen.trace).toEqual(seeded.trace);
      // Each "case" answer is the case the shuffle put first: no draw of its own.
      expect(chooser.made.filter((c) => c.why === "case")).toHaveLength(3);
    }
  });
});

// Two transfers that lock two mutexes in opposite orders: some schedules deadlock.
async function transfers() {
  const a = new sync.Mutex();
  const b = new sync.Mutex();
  const wg = new sync.WaitGroup();
  const transfer = async (first: sync.Mutex, second: sync.Mutex) => {
    await first.lock();
    await second.lock();
    second.unlock();
    first.unlock();
  };
  wg.go(() => transfer(a, b));
  wg.go(() => transfer(b, a));
  await wg.wait();
}

describe("a Chooser's run, replayed for its locations", () => {
  it("retraces the choices the run made, so the dump has its lines", async () => {
    let deadlocks = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const chooser = new Chooser([], seed);
      const r = await run(transfers, {
        seed,
        chooser,
        trace: false,
        locations: "auto",
        replay: () => transfers,
      });
      if (r.error?.kind !== "deadlock") continue;
      deadlocks++;
      // The replay ran the same schedule: otherwise run returns the first
      // run, without locations.
      expect(r.locations, `seed ${seed}`).toBe(true);
      expect(r.error.goroutines.every((g) => g.location !== null)).toBe(true);
      // And the chooser still holds the first run's choices, for Undo.
      expect(chooser.made.length).toBeGreaterThan(0);
    }
    expect(deadlocks).toBeGreaterThan(0);
  });
});
