import { describe, expect, it } from "vitest";
import { chan, go } from "go";
import * as fmt from "go/fmt";
import * as time from "go/time";
import { type Frame, type Main, run } from "go/run";
import * as program from "./testdata/module-state.ts";

const fixture = new URL("./testdata/module-state.ts", import.meta.url);
const fixtureFile = decodeURIComponent(fixture.pathname);
// Frames of a fresh instance name its file with the query that made it fresh.
const mapFrame = (f: Frame) =>
  f.file.split("?")[0] === fixtureFile
    ? { ...f, file: "module-state.ts" }
    : null;

// The fixture's source lines, found by their text, so the test follows edits.
async function lineOf(text: string): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const lines = (await readFile(fixtureFile, "utf8")).split("\n");
  const i = lines.findIndex((l) => l.includes(text));
  expect(i, text).toBeGreaterThanOrEqual(0);
  return i + 1;
}

let instances = 0;
async function freshModule(): Promise<typeof program> {
  instances++;
  return (await import(
    `${fixture.href}?instance=${instances}`
  )) as typeof program;
}
async function freshInstance(): Promise<Main> {
  return (await freshModule()).main;
}

describe("run calls main exactly once (contract v1.2)", () => {
  it("a deadlocked program's main runs once, and the dump is its own run's", async () => {
    const before = program.mainCalls();
    const r = await run(program.main, {
      seed: 3,
      mapFrame,
      replay: freshInstance,
    });
    expect(program.mainCalls()).toBe(before + 1);
    expect(r.stdout).toBe(`call ${before + 1}\n`);
    if (before === 0) {
      // The first path: the sender's value is taken by the first receive,
      // and main waits for ever in its second.
      expect(r.error?.kind).toBe("deadlock");
      expect(r.locations).toBe(true);
      const byId = new Map(r.error!.goroutines.map((g) => [g.id, g]));
      expect(byId.get(1)?.waitReason).toBe("chan receive");
      expect(byId.get(1)?.location?.line).toBe(
        (await lineOf("await never.recv();")) + 1,
      );
      expect([...byId.keys()]).toEqual([1]);
      expect(r.error!.message).toContain("module-state.ts:");
    }
  });

  it("without a fresh instance, an ending that wants locations does not call main again", async () => {
    const values: number[] = [];
    let calls = 0;
    const r = await run(
      async () => {
        calls++;
        const c = chan<number>();
        go(async () => {
          await c.send(1);
        });
        values.push(42);
        await time.sleep(time.Millisecond);
        fmt.println("done");
      },
      { seed: 1 },
    );
    expect(calls).toBe(1);
    expect(values).toEqual([42]);
    expect(r.leaked.map((g) => g.waitReason)).toEqual(["chan send"]);
    expect(r.locations).toBe(false);
    expect(r.leaked[0]!.location).toBeNull();
  });

  it("locate() replays on request, with the locations of the same run", async () => {
    let calls = 0;
    const main = async () => {
      calls++;
      await chan<void>().recv();
    };
    const r = await run(main, { seed: 5 });
    expect(calls).toBe(1);
    expect(r.error?.goroutines[0]?.location).toBeNull();
    const located = await r.locate();
    expect(calls).toBe(2);
    expect(located.locations).toBe(true);
    expect(located.error?.goroutines[0]?.location?.file).toMatch(
      /run\.test\.ts$/,
    );
    expect(located.stdout).toBe(r.stdout);
    // A result stays plain data: locate is not one of its enumerable fields.
    expect(Object.keys(r)).not.toContain("locate");
    expect(await located.locate()).toBe(located);
  });

  it("a replay that does not retrace the run keeps the run's own result", async () => {
    const instance = await freshModule();
    const r = await run(instance.main, { seed: 3, mapFrame });
    expect(instance.mainCalls()).toBe(1);
    expect(r.error?.kind).toBe("deadlock");
    // On this instance a second call takes the other path: locate sees that.
    const located = await r.locate();
    expect(instance.mainCalls()).toBe(2);
    expect(located).toBe(r);
    expect(located.locations).toBe(false);
  });
});

describe("a program that replaces Error.prepareStackTrace", () => {
  it("still gets its panic reported, with its lines, and the hook is left as it set it", async () => {
    const E = Error as ErrorConstructor & { prepareStackTrace?: unknown };
    const saved = E.prepareStackTrace;
    const hook = () => {
      throw new Error("no stacks for you");
    };
    try {
      const r = await run(
        async () => {
          E.prepareStackTrace = hook;
          await chan<void>(1).send(undefined);
          throw new Error("boom");
        },
        { seed: 1, locations: true },
      );
      expect(r.error?.kind).toBe("panic");
      expect(r.error?.message).toMatch(
        /^panic: boom\n\ngoroutine 1 \[running\]:\n/,
      );
      expect(r.error?.goroutines[0]?.location?.file).toMatch(/run\.test\.ts$/);
      expect(E.prepareStackTrace).toBe(hook);
    } finally {
      E.prepareStackTrace = saved;
    }
  });
});

describe("a deadlock of many goroutines", () => {
  it("dumps the first hundred and says how many more", async () => {
    const r = await run(
      async () => {
        const never = chan<void>();
        for (let i = 0; i < 20_000; i++) go(() => never.recv());
        await never.recv();
      },
      { seed: 1, trace: false },
    );
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines).toHaveLength(100);
    expect(r.error?.omitted).toBe(19_901);
    expect(r.error?.message.match(/^goroutine \d+ \[/gm)).toHaveLength(100);
    expect(r.error?.message).toMatch(/\n… and 19,901 more goroutines\n$/);
  });

  it("resolves to its result even when a program gave Object.prototype a then", async () => {
    const proto = Object.prototype as { then?: unknown };
    try {
      const r = await run(async () => {
        proto.then = (resolve: (v: unknown) => void) => resolve("forged");
      });
      expect(typeof r).toBe("object");
      expect(r.exitCode).toBe(0);
    } finally {
      delete proto.then;
    }
  });
});
