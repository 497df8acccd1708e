// The race detector on whole-collection reads (`a.join()`, `a.map(…)`,
// `[...a]`, `for…of`, `JSON.stringify`, fmt) against element writes from
// another goroutine, in either order, as Go reports a slice read against an
// element write; and the "created at" section of a goroutine that no line of
// the program started.
import { describe, expect, it } from "vitest";
import { run, type RunResult } from "go/run";
import { WaitGroup } from "go/sync";
import { compileProgram, runWithRace } from "./node-compile.ts";

const header = `import { chan, go } from "go";
import * as fmt from "go/fmt";
import * as sync from "go/sync";
import * as time from "go/time";
`;

async function seeds(body: string, n: number): Promise<RunResult[]> {
  const source = `${header}\nexport async function main() {\n${body}\n}\n`;
  const p = await compileProgram(source, "prog.ts", { race: true });
  const out: RunResult[] = [];
  for (let seed = 1; seed <= n; seed++)
    out.push(await run(p.module.main, { seed, race: true, mapFrame: p.mapFrame, trace: false }));
  return out;
}

async function expectRace(body: string, n = 5): Promise<void> {
  for (const r of await seeds(body, n)) {
    expect(r.races.length, `seed ${r.seed}`).toBeGreaterThan(0);
    expect(r.exitCode).toBe(66);
  }
}

async function expectNoRace(body: string, n = 5): Promise<void> {
  for (const r of await seeds(body, n)) {
    expect(r.races.map((x) => x.text).join(""), `seed ${r.seed}`).toBe("");
    expect(r.exitCode).toBe(0);
  }
}

// Each reads the whole of `a` (or `o`) into `seen`.
const wholeReads: [string, string][] = [
  ["a.join()", "seen = a.join(',');"],
  ["a.map(...)", "seen = a.map((x) => x * 2);"],
  ["a.forEach(...)", "a.forEach((x) => { seen = x; });"],
  ["spread", "seen = [...a];"],
  ["for…of", "for (const x of a) seen = x;"],
  ["JSON.stringify(a)", "seen = JSON.stringify(a);"],
  ["fmt.println(a)", "fmt.println(a);"],
  ["console.log(a)", "console.log(a);"],
];

describe("a whole-array read races with an element write from another goroutine", () => {
  for (const [what, read] of wholeReads) {
    it(`${what} first, then a[1] = … (no element touched before)`, () =>
      expectRace(`
  const a = [1, 2, 3];
  let seen: unknown = null;
  const done = chan<void>();
  go(async () => { ${read} await done.send(); });
  await time.sleep(10); // the reader runs first; sleeping orders nothing
  a[1] = 20;
  await done.recv();
  void seen;`));

    it(`a[1] = … first, then ${what}`, () =>
      expectRace(`
  const a = [1, 2, 3];
  let seen: unknown = null;
  const done = chan<void>();
  go(async () => { a[1] = 20; await done.send(); });
  await time.sleep(10);
  ${read}
  await done.recv();
  void seen;`));

    it(`${what} after a channel orders it after the write: no race`, () =>
      expectNoRace(`
  const a = [1, 2, 3];
  let seen: unknown = null;
  const done = chan<void>();
  go(async () => { a[1] = 20; await done.send(); });
  await done.recv();
  ${read}
  void seen;`));
  }

  it("a fill, then an element read from another goroutine", () =>
    expectRace(`
  const a = [1, 2, 3];
  const done = chan<void>();
  go(async () => { await time.sleep(10); void a[2]; await done.send(); });
  a.fill(0);
  await done.recv();`));

  it("JSON.stringify of an object, then a write of one of its properties", () =>
    expectRace(`
  const o = { x: 1, y: 2 };
  let seen = "";
  const done = chan<void>();
  go(async () => { seen = JSON.stringify(o); await done.send(); });
  await time.sleep(10);
  o.y = 3;
  await done.recv();
  void seen;`));

  it("workers writing their own elements do not race with each other, and the join after wait sees them", () =>
    expectNoRace(`
  const a = [0, 0, 0, 0];
  fmt.println(a.join(" "));
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 4; i++) wg.go(() => { a[i] = i * i; });
  await wg.wait();
  fmt.println(a.join(" "), JSON.stringify(a), [...a].length);`));

  it("names the element in the report", async () => {
    const [r] = await seeds(
      `
  const a = [1, 2, 3];
  let seen = "";
  const done = chan<void>();
  go(async () => { seen = a.join(","); await done.send(); });
  await time.sleep(10);
  a[1] = 20;
  await done.recv();
  void seen;`,
      1,
    );
    expect(r!.races[0]!.text).toMatch(/^Write at a\[1\] by goroutine 1:/m);
    expect(r!.races[0]!.text).toMatch(/^Previous read at a\[1\] by goroutine 2:/m);
  });
});

describe("a goroutine that no line of the program started", () => {
  it("is said to be created by the runtime, not left with an empty section", async () => {
    const r = await runWithRace(
      `import * as time from "go/time";
export async function main() {
  let x = 0;
  time.afterFunc(1, () => { x++; });
  time.afterFunc(1, () => { x++; });
  await time.sleep(10);
}
`,
      "prog.ts",
      { seed: 1 },
    );
    const text = r.races[0]!.text;
    expect(text).toMatch(/^Goroutine \d+ \(running\) created at:\n {2}\(runtime\)\n/m);
    expect(text).toMatch(/^Goroutine \d+ \(finished\) created at:\n {2}\(runtime\)\n/m);
    // Every "created at" line is followed by at least one frame.
    expect(text).not.toMatch(/created at:\n(\n|=)/);
  });

  it("started by code outside the program (as an exercise's checks do): created by the runtime", async () => {
    const p = await compileProgram<{ inc: () => void }>(
      "let n = 0;\nexport function inc() {\n  n++;\n}\n",
      "prog.ts",
      { race: true },
    );
    const r = await run(
      async () => {
        const wg = new WaitGroup();
        wg.go(() => p.module.inc());
        wg.go(() => p.module.inc());
        await wg.wait();
      },
      { seed: 1, race: true, mapFrame: p.mapFrame, trace: false },
    );
    const text = r.races[0]!.text;
    expect(text).toMatch(/^ {2}main\.inc\(\)\n {6}prog\.ts:3:3$/m);
    expect(text).toMatch(/^Goroutine \d+ \(running\) created at:\n {2}\(runtime\)\n/m);
    expect(text).not.toMatch(/created at:\n(\n|=)/);
  });

  it("keeps the program's own creating line when there is one", async () => {
    const r = await runWithRace(
      `import * as sync from "go/sync";
export async function main() {
  let x = 0;
  const wg = new sync.WaitGroup();
  wg.go(() => { x++; });
  wg.go(() => { x++; });
  await wg.wait();
}
`,
      "prog.ts",
      { seed: 1 },
    );
    expect(r.races[0]!.text).toMatch(/created at:\n {2}main\.main\(\)\n {6}prog\.ts:[56]:\d+\n/);
  });

  it("the main goroutine has no created-at section, as in Go", async () => {
    const r = await runWithRace(
      `import { go } from "go";
import * as time from "go/time";
export async function main() {
  let x = 0;
  go(() => { x = 1; });
  await time.sleep(1);
  x = 2;
}
`,
      "prog.ts",
      { seed: 1 },
    );
    expect(r.races[0]!.text).not.toMatch(/Goroutine 1 \(/);
  });
});
