import { describe, expect, it } from "vitest";
import { chan, go } from "go";
import { run, untraceGoroutine } from "go/run";
import { wait } from "go/synctest";
import type { TraceEvent } from "./trace.ts";

/** The line of this file that holds `text`, found by its text so edits keep the test right. */
async function lineOf(text: string): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const file = decodeURIComponent(new URL(import.meta.url).pathname);
  const lines = (await readFile(file, "utf8")).split("\n");
  const i = lines.findIndex((l) => l.includes(text) && !l.includes("lineOf("));
  expect(i, text).toBeGreaterThanOrEqual(0);
  return i + 1;
}

describe("trace locations", () => {
  it("puts an event recorded for a waiting goroutine at its own line, not its waker's", async () => {
    const r = await run(
      async () => {
        const c = chan<number>();
        go(async () => {
          await c.send(7); // the sender's line
        });
        await c.recv(); // the receiver's line
      },
      { seed: 1, locations: true },
    );
    const sender = await lineOf("// the sender's line");
    const receiver = await lineOf("// the receiver's line");
    const of = (g: number, kind: string) =>
      r.trace.filter((e) => e.g === g && e.kind === kind);
    // Main parks in its receive; the sender hands it the value and wakes it.
    expect(of(1, "block").map((e) => e.loc?.line)).toEqual([receiver]);
    expect(of(1, "recv").map((e) => e.loc?.line)).toEqual([receiver]);
    expect(of(1, "wake").map((e) => e.loc?.line)).toEqual([receiver]);
    expect(of(2, "send").map((e) => e.loc?.line)).toEqual([sender]);
  });
});

describe("untraceGoroutine", () => {
  it("leaves the rest of the running goroutine out of the trace, and nothing else", async () => {
    const events = (r: { trace: TraceEvent[] }) =>
      r.trace.map(
        (e) =>
          `g${e.g} ${e.kind}${e.reason === undefined ? "" : ` ${e.reason}`}`,
      );
    const program = (hide: boolean) => async () => {
      const c = chan<number>();
      go(async () => {
        await c.send(1);
      });
      await c.recv();
      if (hide) untraceGoroutine();
      await wait();
    };
    const shown = await run(program(false), { seed: 1 });
    const hidden = await run(program(true), { seed: 1 });
    expect(events(shown)).toContain("g1 block synctest.Wait");
    expect(events(shown)).toContain("g1 exit");
    // The same run, less main's wait and its end.
    expect(events(hidden)).toEqual(
      events(shown).filter(
        (e, i) =>
          !e.startsWith("g1 ") ||
          i < events(shown).indexOf("g1 block synctest.Wait"),
      ),
    );
    expect(hidden.stdout).toBe(shown.stdout);
  });
});
