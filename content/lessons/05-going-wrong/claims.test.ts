import {
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Frame, type Main, run } from "go/run";
import { describe, expect, it } from "vitest";
import * as leak from "./leak.ts";
import * as livelock from "./livelock.ts";
import * as lockOrder from "./lock-order.ts";
import * as starvation from "./starvation.ts";

/**
 * What this chapter's lessons say about their examples beyond the output of
 * seed 1 (which src/tour/examples.test.ts checks): the leak report quoted in
 * "Goroutine leaks", and the counts over many seeds quoted in "Lock ordering",
 * "Livelock" and "Starvation". If one of these fails, the runtime's schedule
 * has changed: correct the lesson's sentence along with the expectation.
 */

const dir = path.dirname(fileURLToPath(import.meta.url));
const mapFrame = (frame: Frame) =>
  path.dirname(frame.file) === dir
    ? { ...frame, file: path.basename(frame.file) }
    : null;

const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

async function outputs(main: Main, n: number): Promise<string[]> {
  const out: string[] = [];
  for (const seed of seeds(n)) {
    const r = await run(main, { seed, trace: false, locations: false });
    out.push(r.stdout + (r.error?.message ?? ""));
  }
  return out;
}

describe("chapter 5's lessons", () => {
  it("Lock ordering: with the pause, the transfers deadlock under every seed", async () => {
    for (const out of await outputs(lockOrder.main, 20)) {
      expect(out).toMatch(
        /^fatal error: all goroutines are asleep - deadlock!/,
      );
    }
  });

  it("Lock ordering: without the pause, two of the first twenty seeds deadlock", async () => {
    const source = readFileSync(
      path.join(dir, "lock-order.ts"),
      "utf8",
    );
    const pause = /^.*time\.sleep\(time\.Millisecond\).*\n/m;
    expect(source).toMatch(pause);
    const tmp = mkdtempSync(path.join(tmpdir(), "lock-order-"));
    try {
      const file = path.join(tmp, "no-pause.ts");
      writeFileSync(file, source.replace(pause, ""));
      const variant = (await import(pathToFileURL(file).href)) as {
        main: Main;
      };
      const deadlocked = (await outputs(variant.main, 20)).filter(
        (out) => out.includes("all goroutines are asleep"),
      );
      expect(deadlocked).toHaveLength(2);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("Livelock: over the first 60 seeds, 25 get past at 1s and 4 give up", async () => {
    const ends = (await outputs(livelock.main, 60)).map((out) => {
      const last = out.trimEnd().split("\n").at(-1)!;
      return last.endsWith("gives up")
        ? "gave up"
        : last.split("\t")[0]!;
    });
    const count = (what: string) =>
      ends.filter((e) => e === what).length;
    // "25 runs got past at 1s, most of the rest within four seconds, and four ran out of tries"
    expect([
      count("1s"),
      count("2s"),
      count("3s"),
      count("4s"),
      count("5s"),
    ]).toEqual([25, 13, 11, 3, 4]);
    expect(count("gave up")).toBe(4);
    // In step, they give up under every seed.
    for (const out of await outputs(livelock.main, 20)) {
      expect(out.split("\n\n")[0]!.match(/gives up/g)).toHaveLength(2);
    }
  });

  it("Starvation: 858 and 144 pages, or three pages different", async () => {
    const splits = new Set(await outputs(starvation.main, 20));
    expect(splits).toEqual(
      new Set([
        "greedy printed 858 pages\npolite printed 144 pages\n",
        "greedy printed 855 pages\npolite printed 147 pages\n",
      ]),
    );
  });

  it("Goroutine leaks: main returns with the three searches blocked in chan send", async () => {
    const r = await run(leak.main, {
      seed: 1,
      locations: true,
      mapFrame,
    });
    expect(r.error).toBeNull();
    expect(
      r.leaked.map((g) => {
        const at = g.location;
        return `goroutine ${g.id} [${g.waitReason}] at ${at?.file}:${at?.line}:${at?.column}`;
      }),
    ).toEqual([
      "goroutine 2 [chan send] at leak.ts:19:44",
      "goroutine 3 [chan send] at leak.ts:19:44",
      "goroutine 4 [chan send] at leak.ts:19:44",
    ]);
  });
});
