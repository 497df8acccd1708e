// The race detector end to end: programs compiled as the site compiles them,
// with race instrumentation, run with `race: true`. Many cases follow Go's
// own tests of its detector (src/runtime/race/testdata: chan_test.go,
// mutex_test.go, rwmutex_test.go, waitgroup_test.go, atomic_test.go,
// sync_test.go), rewritten as TypeScript programs for this runtime.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run, type RunResult } from "go/run";
import { hookedMethods } from "./race-instrument.ts";
import { methods } from "../../../runtime/race-hooks.ts";
import { compileProgram, runWithRace } from "./node-compile.ts";

const header = `import { chan, close, go, recv, select, send } from "go";
import * as atomic from "go/sync/atomic";
import * as context from "go/context";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";
`;

function program(body: string): string {
  return `${header}\nexport async function main() {\n${body}\n}\n`;
}

/** Runs `body` (main's body) under seeds 1..n and returns each run's result. */
async function seeds(body: string, n: number): Promise<RunResult[]> {
  const p = await compileProgram(program(body), "prog.ts", { race: true });
  const out: RunResult[] = [];
  for (let seed = 1; seed <= n; seed++)
    out.push(await run(p.module.main, { seed, race: true, mapFrame: p.mapFrame, trace: false }));
  return out;
}

async function expectRace(body: string, n = 20): Promise<void> {
  for (const r of await seeds(body, n)) {
    expect(r.races.length, `seed ${r.seed}`).toBeGreaterThan(0);
    expect(r.exitCode).toBe(66);
  }
}

async function expectNoRace(body: string, n = 20): Promise<void> {
  for (const r of await seeds(body, n)) {
    expect(r.races.map((x) => x.text).join(""), `seed ${r.seed}`).toBe("");
    expect(r.error?.message ?? "").toBe("");
    expect(r.exitCode).toBe(0);
  }
}

describe("the report", () => {
  const counter = `import { go } from "go";
import * as fmt from "go/fmt";
import * as sync from "go/sync";

export async function main() {
  let counter = 0;
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 2; i++) {
    wg.add(1);
    go(() => {
      counter++;
      wg.done();
    });
  }
  await wg.wait();
  fmt.println(counter);
}
`;

  it("reads as go run -race's, with the learner's lines, and exits with status 66", async () => {
    const r = await runWithRace(counter, "counter.ts", { seed: 1 });
    expect(r.stdout).toBe("2\n");
    expect(r.exitCode).toBe(66);
    expect(r.races).toHaveLength(1);
    expect(r.output).toBe(
      [
        "==================",
        "WARNING: DATA RACE",
        "Read at counter by goroutine 3:",
        "  main.main.func1()",
        "      counter.ts:11:7",
        "",
        "Previous write at counter by goroutine 2:",
        "  main.main.func1()",
        "      counter.ts:11:7",
        "",
        "Goroutine 3 (running) created at:",
        "  main.main()",
        "      counter.ts:10:5",
        "",
        "Goroutine 2 (finished) created at:",
        "  main.main()",
        "      counter.ts:10:5",
        "==================",
        "2",
        "Found 1 data race(s)",
        "",
      ].join("\n"),
    );
    const race = r.races[0]!;
    expect(race.access).toMatchObject({ kind: "read", goroutine: 3, name: "counter" });
    expect(race.previous).toMatchObject({ kind: "write", goroutine: 2, name: "counter" });
    expect(race.previous.frames[0]).toMatchObject({ file: "counter.ts", line: 11, column: 7 });
  });

  it("reports each pair of places once, however often they race", async () => {
    const body = `
  let n = 0;
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 50; i++) wg.go(async () => { for (let j = 0; j < 20; j++) { n = n + 1; await runtime.gosched(); } });
  await wg.wait();`;
    for (const r of await seeds(body, 3)) {
      expect(r.races.length).toBeGreaterThan(0);
      const pairs = r.races.map(
        (x) => `${x.access.frames[0]!.column}/${x.previous.frames[0]!.column}`,
      );
      expect(new Set(pairs.map((p) => p.split("/").sort().join("/"))).size).toBe(pairs.length);
    }
  });

  it("names properties and elements as the code does", async () => {
    const [r] = await seeds(
      `
  const results: number[] = [0, 0];
  const stats = { n: 0 };
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 2; i++) wg.go(() => { results[1] = i; stats.n++; });
  await wg.wait();`,
      1,
    );
    const names = r!.races.map((x) => x.access.name).sort();
    expect(names).toEqual(["results[1]", "stats.n"]);
  });

  it("with the detector off, an instrumented program runs as before and reports nothing", async () => {
    const p = await compileProgram(counter, "counter.ts", { race: true });
    const r = await run(p.module.main, { seed: 1 });
    expect(r.races).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("2\n");
  });

  it("keeps the learner's lines in a panic's stack", async () => {
    const r = await runWithRace(
      `${header}\nexport async function main() {\n  let x = 0;\n  go(() => { x = 1; });\n  await time.sleep(1);\n  throw new Error("boom " + x);\n}\n`,
      "boom.ts",
      { seed: 1 },
    );
    expect(r.exitCode).toBe(2);
    expect(r.error!.message).toContain("main.main()\n\tboom.ts:13:9");
  });

  it("keeps a program's behaviour: the instrumented build prints what the plain one does", async () => {
    const source = readFileSync(new URL("./testdata/race-tricky.ts", import.meta.url), "utf8");
    // Three different builds, so three module instances: module-level state starts afresh in each.
    const plain = await compileProgram(`${source}\nexport const build = "plain";\n`, "tricky.ts");
    const off = await compileProgram(`${source}\nexport const build = "off";\n`, "tricky.ts", {
      race: true,
    });
    const on = await compileProgram(`${source}\nexport const build = "on";\n`, "tricky.ts", {
      race: true,
    });
    const a = await run(plain.module.main, { seed: 3 });
    const b = await run(off.module.main, { seed: 3 });
    const c = await run(on.module.main, { seed: 3, race: true, mapFrame: on.mapFrame });
    expect(a.error).toBeNull();
    expect(a.stdout).toBe(
      "3 3 6 12 1 [0 1 2 11 12 13] 3\na,b0,b1,b2 7 3 11 a|b3 number true\n0 [3 6] {3 120}\n",
    );
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    expect(c.races.map((r) => r.text).join("")).toBe("");
  });

  it("routes the same methods as the hooks know", () => {
    expect([...hookedMethods].sort()).toEqual([...methods].sort());
  });
});

describe("the classic races are caught under every seed", () => {
  it("a counter incremented by several goroutines without a lock", () =>
    expectRace(`
  let counter = 0;
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 10; i++) wg.go(() => { counter++; });
  await wg.wait();`));

  it("check-then-act on a map", () =>
    expectRace(`
  const cache = new Map<string, number>();
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++)
    wg.go(() => { if (!cache.has("k")) cache.set("k", i); });
  await wg.wait();`));

  it("a slice appended to from several goroutines", () =>
    expectRace(`
  const out: number[] = [];
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++) wg.go(() => { out.push(i); });
  await wg.wait();`));

  it("the loop variable captured the old way (var)", () =>
    expectRace(`
  const wg = new sync.WaitGroup();
  let sum = 0;
  const mu = new sync.Mutex();
  for (var i = 0; i < 3; i++) {
    wg.add(1);
    go(async () => { await mu.lock(); sum += i; mu.unlock(); wg.done(); });
  }
  await wg.wait();`));

  it("publishing a struct through a plain flag", () =>
    expectRace(`
  let config: { name: string } | null = null;
  let ready = false;
  go(() => { config = { name: "x" }; ready = true; });
  while (!ready) await runtime.gosched();
  void config;`));

  it("printing results before wg.wait (fmt reads what it prints)", () =>
    expectRace(`
  const results = [0, 0, 0];
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++) wg.go(async () => { await time.sleep(time.Millisecond); results[i] = i * i; });
  await time.sleep(2 * time.Millisecond);
  fmt.println(results);
  await wg.wait();`));

  it("summing results with for-of before wg.wait", () =>
    expectRace(`
  const results = [0, 0, 0];
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++) wg.go(async () => { await time.sleep(time.Millisecond); results[i] = i * i; });
  await time.sleep(2 * time.Millisecond);
  let total = 0;
  for (const r of results) total += r;
  const copy = [...results];
  await wg.wait();
  void copy;`));

  it("reading results before wg.wait", () =>
    expectRace(`
  const results = [0, 0, 0];
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++) wg.go(async () => { await time.sleep(time.Millisecond); results[i] = i * i; });
  await time.sleep(2 * time.Millisecond);
  const total = results[0]! + results[1]! + results[2]!;
  await wg.wait();
  void total;`));
});

describe("their correct versions report nothing under 20 seeds", () => {
  it("the counter with a Mutex", () =>
    expectNoRace(`
  let counter = 0;
  const mu = new sync.Mutex();
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 10; i++)
    wg.go(async () => { await mu.lock(); try { counter++; } finally { mu.unlock(); } });
  await wg.wait();
  if (counter !== 10) throw new Error("lost an update");`));

  it("the counter with an RWMutex: readers read, the writer writes", () =>
    expectNoRace(`
  let counter = 0;
  let total = 0;
  const rw = new sync.RWMutex();
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 5; i++) {
    wg.go(async () => { await rw.lock(); counter++; rw.unlock(); });
    wg.go(async () => { await rw.rLock(); const seen = counter; rw.rUnlock(); return seen; });
  }
  await wg.wait();
  total = counter;
  void total;`));

  it("the counter with channels (one owner)", () =>
    expectNoRace(`
  let counter = 0;
  const incs = chan<number>();
  const done = chan<void>();
  go(async () => { for await (const d of incs) counter += d; await done.send(); });
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 10; i++) wg.go(() => incs.send(1));
  await wg.wait();
  incs.close();
  await done.recv();
  if (counter !== 10) throw new Error("lost an update");`));

  it("results read after wg.wait", () =>
    expectNoRace(`
  const results = [0, 0, 0];
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++) wg.go(async () => { await time.sleep(time.Millisecond); results[i] = i * i; });
  await wg.wait();
  if (results.join() !== "0,1,4") throw new Error(results.join());`));

  it("results printed after wg.wait", () =>
    expectNoRace(`
  const results = [0, 0, 0];
  const totals = { n: 0 };
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++) wg.go(async () => { await time.sleep(time.Millisecond); results[i] = i * i; });
  wg.go(() => { totals.n = 3; });
  await wg.wait();
  fmt.println(results, totals);
  console.log(results);`));

  it("results summed with for-of and spread after wg.wait", () =>
    expectNoRace(`
  const results = [0, 0, 0];
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++) wg.go(async () => { await time.sleep(time.Millisecond); results[i] = i * i; });
  await wg.wait();
  let total = 0;
  for (const r of results) total += r;
  if (Math.max(...results) !== 4 || total !== 5) throw new Error("wrong");`));

  it("the counter with atomics", () =>
    expectNoRace(`
  const counter = new atomic.Int64();
  let last = 0;
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 10; i++) wg.go(() => { if (counter.add(1) === 10) last = 1; });
  await wg.wait();
  void last;`));

  it("a value published with an atomic flag", () =>
    expectNoRace(`
  let data = 0;
  const ready = new atomic.Bool();
  go(() => { data = 42; ready.store(true); });
  while (!ready.load()) await runtime.gosched();
  if (data !== 42) throw new Error("no data");`));

  it("channel ownership handed off", () =>
    expectNoRace(`
  const c = chan<{ n: number }>();
  go(async () => { const box = { n: 1 }; box.n++; await c.send(box); });
  const box = await c.recv();
  box.n++;`));

  it("once", () =>
    expectNoRace(`
  let config: { n: number } | null = null;
  const once = new sync.Once();
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 5; i++)
    wg.go(async () => { await once.do(() => { config = { n: 1 }; }); void config!.n; });
  await wg.wait();`));

  it("context cancellation", () =>
    expectNoRace(`
  let reason = "";
  const [ctx, cancel] = context.withCancel(context.background());
  const done = chan<void>();
  go(async () => { await ctx.done()!.recv(); void reason; await done.send(); });
  reason = "shutdown";
  cancel();
  await done.recv();`));

  it("a Cond with its lock", () =>
    expectNoRace(`
  let ready = false;
  const mu = new sync.Mutex();
  const cond = new sync.Cond(mu);
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 3; i++)
    wg.go(async () => { await mu.lock(); while (!ready) await cond.wait(); mu.unlock(); });
  await time.sleep(1);
  await mu.lock();
  ready = true;
  cond.broadcast();
  mu.unlock();
  await wg.wait();`));
});

describe("buffered channels: the k-th receive happens before the (k+C)-th send completes", () => {
  it("a buffered channel of capacity 1 is a mutex", () =>
    expectNoRace(`
  const sem = chan<void>(1);
  let x = 0;
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 5; i++)
    wg.go(async () => { await sem.send(); x++; await sem.recv(); });
  await wg.wait();`));

  it("a semaphore of capacity 2 lets two in at once: they race", () =>
    expectRace(`
  const sem = chan<void>(2);
  let x = 0;
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 5; i++)
    wg.go(async () => { await sem.send(); x++; await time.sleep(1); await sem.recv(); });
  await wg.wait();`));

  it("with capacity 2, the first receive orders the third send", () =>
    expectNoRace(`
  const c = chan<number>(2);
  let x = 0;
  const done = chan<void>();
  go(async () => { x = 1; await c.recv(); await done.send(); });
  await c.send(0);
  await c.send(0);
  await c.send(0); // waits for the receive: x = 1 happened before
  x = 2;
  await done.recv();`));

  it("but the second send is not ordered by it", () =>
    expectRace(`
  const c = chan<number>(2);
  let x = 0;
  go(async () => { await time.sleep(1); await c.recv(); x = 1; });
  await c.send(0);
  await c.send(0);
  x = 2;
  await time.sleep(2);`));
});

// Go's own tests of its detector, as this runtime's programs.
describe("Go's race tests", () => {
  const cases: [name: string, race: boolean, body: string][] = [
    [
      "NoRaceChanSync",
      false,
      `let v = 0; const c = chan<number>(); go(async () => { v = 1; await c.send(0); }); await c.recv(); v = 2;`,
    ],
    [
      "NoRaceChanSyncRev",
      false,
      `let v = 0; const c = chan<number>(); go(async () => { await c.send(0); v = 2; }); v = 1; await c.recv(); await time.sleep(1);`,
    ],
    [
      "NoRaceChanAsync",
      false,
      `let v = 0; const c = chan<number>(10); go(async () => { v = 1; await c.send(0); }); await c.recv(); v = 2;`,
    ],
    [
      "RaceChanAsyncRev",
      true,
      `let v = 0; const c = chan<number>(10); go(async () => { await c.send(0); v = 1; }); v = 2; await c.recv(); await time.sleep(1);`,
    ],
    [
      "NoRaceChanAsyncCloseRecv",
      false,
      `let v = 0; const c = chan<number>(10); go(() => { v = 1; c.close(); }); for await (const _ of c) void _; v = 2;`,
    ],
    [
      "NoRaceChanAsyncCloseRecv2",
      false,
      `let v = 0; const c = chan<number>(10); go(() => { v = 1; c.close(); }); await c.recv(); v = 2;`,
    ],
    [
      "NoRaceChanSyncCloseRecv",
      false,
      `let v = 0; const c = chan<number>(); go(() => { v = 1; c.close(); }); await c.recvOk(); v = 2;`,
    ],
    [
      "RaceChanSyncCloseSendNoOrder",
      true,
      `let v = 0; const c = chan<number>(); go(() => { c.close(); v = 1; }); await c.recvOk(); v = 2; await time.sleep(1);`,
    ],
    [
      "NoRaceChanMutex",
      false,
      `const c = chan<number>(1); const done = chan<boolean>(); let x = 0; go(async () => { await c.send(0); x = 1; await c.recv(); await done.send(true); }); await c.send(1); x = 2; await c.recv(); await done.recv();`,
    ],
    [
      "NoRaceSelectMutex",
      false,
      `const c = chan<number>(1); const done = chan<boolean>(); let x = 0; go(async () => { await select([send(c, 0)]); x = 1; await select([recv(c)]); await done.send(true); }); await select([send(c, 1)]); x = 2; await select([recv(c)]); await done.recv();`,
    ],
    [
      "RaceChanWrongSend",
      true,
      `let v = 0; const c = chan<number>(2); go(async () => { v = 1; await c.send(1); }); go(async () => { v = 2; await c.send(2); }); await time.sleep(1); if ((await c.recv()) === 1) v = 3; else v = 4; await c.recv();`,
    ],
    [
      "NoRaceBlockedSendSync",
      false,
      `const c = chan<{ n: number } | null>(1); await c.send(null); go(async () => { const p = { n: 42 }; await c.send(p); }); await time.sleep(1); await c.recv(); const p = await c.recv(); if (p !== null) p.n = 43;`,
    ],
    [
      "NoRaceSelect1",
      false,
      `let x = 0; const c = chan<void>(); const c1 = chan<void>(); go(async () => { x = 1; await select([send(c, undefined), send(c1, undefined)]); }); await select([recv(c), recv(c1)]); x = 2;`,
    ],
    [
      "RaceSelect1",
      true,
      `let x = 0; const c = chan<void>(1); const c1 = chan<void>(1); go(async () => { await select([send(c, undefined), send(c1, undefined)]); x = 1; }); x = 2; await select([recv(c), recv(c1)]); await time.sleep(1);`,
    ],
    [
      "NoRaceSelectDefaultClosed",
      false,
      `let x = 0; const c = chan<void>(); go(() => { x = 1; c.close(); }); while (!(await select([recv(c, () => true)], () => false))) await runtime.gosched(); x = 2;`,
    ],
    [
      "NoRaceMutex",
      false,
      `const mu = new sync.Mutex(); let x = 0; const done = chan<void>(); go(async () => { await mu.lock(); x = 1; mu.unlock(); await done.send(); }); await mu.lock(); x = 2; mu.unlock(); await done.recv();`,
    ],
    [
      "RaceMutex",
      true,
      `const mu = new sync.Mutex(); let x = 0; const done = chan<void>(); go(async () => { x = 1; await mu.lock(); mu.unlock(); await done.send(); }); await mu.lock(); x = 2; mu.unlock(); await done.recv();`,
    ],
    [
      "RaceMutex2",
      true,
      `const mu1 = new sync.Mutex(); const mu2 = new sync.Mutex(); let x = 0; const done = chan<void>(); go(async () => { await mu1.lock(); x = 1; mu1.unlock(); await done.send(); }); await mu2.lock(); x = 2; mu2.unlock(); await done.recv();`,
    ],
    [
      "NoRaceMutexPureHappensBefore",
      false,
      `const mu = new sync.Mutex(); let x = 0; go(async () => { x = 1; await mu.lock(); mu.unlock(); }); await time.sleep(1); await mu.lock(); mu.unlock(); x = 2;`,
    ],
    [
      "NoRaceMutexSemaphore",
      false,
      `const mu = new sync.Mutex(); let x = 0; await mu.lock(); go(() => { x = 1; mu.unlock(); }); await mu.lock(); x = 2; mu.unlock();`,
    ],
    [
      "NoRaceTryLock",
      false,
      `const mu = new sync.Mutex(); let x = 0; go(async () => { await mu.lock(); x = 1; mu.unlock(); }); await time.sleep(1); while (!mu.tryLock()) await runtime.gosched(); x = 2; mu.unlock();`,
    ],
    [
      "NoRaceRWMutex",
      false,
      `const mu = new sync.RWMutex(); let x = 0; let y = 0; const done = chan<void>(); go(async () => { await mu.rLock(); y = x; mu.rUnlock(); await done.send(); }); await mu.lock(); x = 1; mu.unlock(); await done.recv(); void y;`,
    ],
    [
      "RaceRWMutexMultipleReaders",
      true,
      `const mu = new sync.RWMutex(); let x = 0; const done = chan<void>(3); go(async () => { await time.sleep(1); await mu.lock(); x = 2; mu.unlock(); await done.send(); }); go(async () => { await mu.rLock(); x = 3; mu.rUnlock(); await done.send(); }); go(async () => { await mu.rLock(); x = 4; mu.rUnlock(); await done.send(); }); for (let i = 0; i < 3; i++) await done.recv();`,
    ],
    [
      "NoRaceRWMutexMultipleReaders",
      false,
      `const mu = new sync.RWMutex(); let x = 0; let y = 0; const done = chan<void>(3); go(async () => { await mu.lock(); x = 2; mu.unlock(); await done.send(); }); go(async () => { await mu.rLock(); y = x + 1; mu.rUnlock(); await done.send(); }); go(async () => { await mu.rLock(); const z = x + 2; void z; mu.rUnlock(); await done.send(); }); for (let i = 0; i < 3; i++) await done.recv(); void y;`,
    ],
    [
      "NoRaceRWMutexTransitive",
      false,
      `const mu = new sync.RWMutex(); let x = 0; await mu.lock(); go(async () => { await mu.rLock(); x = 1; mu.rUnlock(); }); go(async () => { await time.sleep(1); await mu.lock(); x = 2; mu.unlock(); }); mu.unlock(); await time.sleep(2); await mu.rLock(); void x; mu.rUnlock();`,
    ],
    [
      "NoRaceWaitGroup",
      false,
      `let x = 0; const wg = new sync.WaitGroup(); wg.add(1); go(() => { x = 1; wg.done(); }); await wg.wait(); x = 2;`,
    ],
    [
      "RaceWaitGroup",
      true,
      `let x = 0; const wg = new sync.WaitGroup(); wg.add(1); go(() => { x = 1; wg.done(); }); x = 2; await wg.wait();`,
    ],
    [
      "NoRaceWaitGroupMultipleWait",
      false,
      `let x = 0; const wg = new sync.WaitGroup(); wg.add(1); go(() => { x = 1; wg.done(); }); const done = chan<void>(); go(async () => { await wg.wait(); void x; await done.send(); }); await wg.wait(); void x; await done.recv(); x = 2;`,
    ],
    [
      "NoRaceWaitGroupTransitive",
      false,
      `let x = 0; let y = 0; const wg = new sync.WaitGroup(); wg.add(2); go(() => { x = 42; wg.done(); }); go(async () => { await time.sleep(1); y = 42; wg.done(); }); await wg.wait(); void x; void y;`,
    ],
    [
      "RaceWaitGroupAsMutex",
      true,
      `let x = 0; const wg = new sync.WaitGroup(); const c = chan<void>(2); for (let i = 0; i < 2; i++) go(async () => { await wg.wait(); await time.sleep(1); wg.add(1); x++; wg.done(); await c.send(); }); await c.recv(); await c.recv();`,
    ],
    [
      "NoRaceWaitGroupGo",
      false,
      `const results: number[] = [0, 0]; const wg = new sync.WaitGroup(); for (let i = 0; i < 2; i++) wg.go(() => { results[i] = i; }); await wg.wait(); results.push(2);`,
    ],
    [
      "NoRaceAtomicAddInt64",
      false,
      `let x1 = 0; let x2 = 0; const s = new atomic.Int64(); const ch = chan<boolean>(2); go(async () => { x1 = 1; if (s.add(1) === 2) x2 = 1; await ch.send(true); }); go(async () => { x2 = 1; if (s.add(1) === 2) x1 = 1; await ch.send(true); }); await ch.recv(); await ch.recv();`,
    ],
    [
      "RaceAtomicAddInt64",
      true,
      `let x1 = 0; let x2 = 0; const s = new atomic.Int64(); const ch = chan<boolean>(2); go(async () => { x1 = 1; if (s.add(1) === 1) x2 = 1; await ch.send(true); }); go(async () => { x2 = 1; if (s.add(1) === 1) x1 = 1; await ch.send(true); }); await ch.recv(); await ch.recv();`,
    ],
    [
      "NoRaceAtomicCASLoadInt32",
      false,
      `let x = 0; const s = new atomic.Int32(); go(() => { x = 2; if (!s.compareAndSwap(0, 1)) throw new Error("CAS"); }); while (s.load() !== 1) await runtime.gosched(); x = 1;`,
    ],
    [
      "RaceAtomicNotUsedForFlag",
      true,
      `let x = 0; let flag = 0; go(() => { x = 2; flag = 1; }); while (flag !== 1) await runtime.gosched(); x = 1;`,
    ],
    [
      "NoRaceOnce",
      false,
      `let x = 0; const once = new sync.Once(); const done = chan<boolean>(2); for (let i = 0; i < 2; i++) go(async () => { await once.do(() => { x = 1; }); void x; await done.send(true); }); await done.recv(); await done.recv(); x = 3;`,
    ],
    [
      "NoRaceCond",
      false,
      `let x = 0; let condition = 0; const m = new sync.Mutex(); const c = new sync.Cond(m); const done = chan<void>(); go(async () => { x = 1; await m.lock(); condition = 1; c.signal(); m.unlock(); await done.send(); }); await m.lock(); while (condition !== 1) await c.wait(); m.unlock(); x = 2; await done.recv();`,
    ],
    [
      "NoRaceSyncMapStoreLoad",
      false,
      `let x = 0; const m = new sync.Map<string, number>(); go(() => { x = 1; m.store("k", 1); }); while (!m.load("k")[1]) await runtime.gosched(); x = 2;`,
    ],
    [
      "NoRaceAfterFunc",
      false,
      `let x = 0; x = 1; const done = chan<void>(); time.afterFunc(time.Millisecond, async () => { x++; await done.send(); }); await done.recv(); x++;`,
    ],
    [
      "RaceAfterFuncThenWrite",
      true,
      `let x = 0; const done = chan<void>(); time.afterFunc(time.Millisecond, async () => { x++; await done.send(); }); await time.sleep(2 * time.Millisecond); x = 1; await done.recv();`,
    ],
    [
      "NoRacePool",
      false,
      `const pool = new sync.Pool<{ n: number }>({ new: () => ({ n: 0 }) }); const wg = new sync.WaitGroup(); for (let i = 0; i < 4; i++) wg.go(async () => { await time.sleep(i * 10); const b = pool.get()!; b.n++; pool.put(b); }); await wg.wait();`,
    ],
    [
      "RaceErrgroupLikeForgotWait",
      true,
      `let x = 0; const [ctx, cancel] = context.withCancel(context.background()); go(async () => { x = 1; await ctx.done()!.recv(); }); x = 2; cancel(); await time.sleep(1);`,
    ],
  ];

  it("has both kinds", () => {
    expect(cases.filter((c) => c[1]).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => !c[1]).length).toBeGreaterThanOrEqual(20);
  });

  for (const [name, racy, body] of cases) {
    it(`Test${name}`, () => (racy ? expectRace(body, 10) : expectNoRace(body, 10)));
  }
});
