import { describe, expect, it } from "vitest";
import { chan, go } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as sync from "go/sync";
import * as time from "go/time";
import type { TimelineEvent } from "../playground/protocol.ts";
import { buildTimeline, reasonInWords, spawnedFunction } from "./model.ts";

/** A run's trace as the sandbox sends it (values printed, no locations). */
async function timelineOf(main: () => Promise<void>, seed = 1): Promise<TimelineEvent[]> {
  const r = await run(main, { seed, trace: true });
  return r.trace.map((e) => {
    const out: TimelineEvent = { t: e.t, g: e.g, kind: e.kind };
    if (e.ch !== undefined) out.ch = e.ch;
    if (e.reason !== undefined) out.reason = e.reason;
    if ("value" in e) out.value = String(e.value);
    if (e.child !== undefined) out.child = e.child;
    if (e.case !== undefined) out.case = e.case;
    if (e.text !== undefined) out.text = e.text;
    return out;
  });
}

describe("buildTimeline", () => {
  it("gives each goroutine a lane with running, runnable and blocked spans", () => {
    const m = buildTimeline([
      { t: 0, g: 1, kind: "spawn", child: 2 },
      { t: 0, g: 1, kind: "block", reason: "chan receive" },
      { t: 0, g: 2, kind: "send", ch: 1, value: "7" },
      { t: 0, g: 1, kind: "recv", ch: 1, value: "7" },
      { t: 0, g: 1, kind: "wake" },
      { t: 0, g: 2, kind: "exit" },
      { t: 0, g: 1, kind: "print", text: "7\n" },
    ]);
    expect(m.lanes.map((l) => l.name)).toEqual(["main", "g2"]);
    expect(m.lanes[0]!.spans).toEqual([
      { state: "running", from: 0, to: 1 },
      { state: "blocked", from: 1, to: 4, reason: "chan receive" },
      { state: "runnable", from: 4, to: 6 },
      { state: "running", from: 6, to: 7 },
    ]);
    expect(m.lanes[1]!.spans).toEqual([
      { state: "runnable", from: 0, to: 2 },
      { state: "running", from: 2, to: 6 },
    ]);
    expect(m.arrows).toEqual([
      { kind: "spawn", from: 0, to: 2 },
      { kind: "send", from: 2, to: 3 },
    ]);
    expect(m.laneOf).toEqual([0, 0, 1, 0, 0, 1, 0]);
  });

  it("pairs every send with the receive that took its value, on a real run", async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const events = await timelineOf(async () => {
        const ch = chan<number>(2);
        const done = chan<void>();
        for (let w = 0; w < 3; w++) {
          go(async () => {
            for (let i = 0; i < 4; i++) await ch.send(w * 10 + i);
          });
        }
        go(async () => {
          for (let i = 0; i < 12; i++) fmt.println(await ch.recv());
          done.close();
        });
        await done.recv();
      }, seed);
      const m = buildTimeline(events);
      const sends = m.arrows.filter((a) => a.kind === "send");
      expect(sends).toHaveLength(12);
      for (const a of sends) {
        expect(events[a.from]!.kind).toBe("send");
        expect(events[a.to]!.kind).toBe("recv");
        expect(events[a.to]!.value).toBe(events[a.from]!.value);
        expect(events[a.to]!.ch).toBe(events[a.from]!.ch);
      }
      // The close released main, blocked on done.
      const closes = m.arrows.filter((a) => a.kind === "close");
      expect(closes).toHaveLength(1);
      expect(events[closes[0]!.to]!.g).toBe(1);
      expect(m.lanes.map((l) => l.g)).toEqual([1, 2, 3, 4, 5]);
      expect(m.arrows.filter((a) => a.kind === "spawn")).toHaveLength(4);
    }
  });

  it("draws an arrow from an unlock to the lock it let in", async () => {
    const events = await timelineOf(async () => {
      const mu = new sync.Mutex();
      const wg = new sync.WaitGroup();
      await mu.lock();
      wg.add(1);
      go(async () => {
        await mu.lock();
        mu.unlock();
        wg.done();
      });
      await time.sleep(time.Millisecond);
      mu.unlock();
      await wg.wait();
    });
    const m = buildTimeline(events);
    const unlocks = m.arrows.filter((a) => a.kind === "unlock");
    expect(unlocks).toHaveLength(1);
    expect(events[unlocks[0]!.from]).toMatchObject({ g: 1, kind: "unlock" });
    expect(events[unlocks[0]!.to]).toMatchObject({ g: 2, kind: "lock" });
    // g2 waited for the mutex, and main slept, in words.
    const blocked = m.lanes[1]!.spans.find((s) => s.state === "blocked");
    expect(reasonInWords(blocked?.reason)).toBe("waiting for a mutex another goroutine holds");
    expect(m.lanes[0]!.spans.some((s) => s.reason === "sleep")).toBe(true);
    // The clock moved once, by a millisecond, at the column after the sleep.
    expect(m.clock).toEqual([{ column: expect.any(Number) as number, t: 1_000_000 }]);
  });

  it("names a goroutine by the function its go statement started", () => {
    const lines = ["", "  go(worker, 1);", "  go(async () => { await producer(out); });"];
    const m = buildTimeline(
      [
        { t: 0, g: 1, kind: "spawn", child: 2, line: 1 },
        { t: 0, g: 1, kind: "spawn", child: 3, line: 2 },
      ],
      (n) => lines[n],
    );
    expect(m.lanes.map((l) => l.name)).toEqual(["main", "g2 worker", "g3 producer"]);
  });
});

describe("spawnedFunction", () => {
  it("reads the started function from a go statement", () => {
    expect(spawnedFunction("go(worker, i);")).toBe("worker");
    expect(spawnedFunction("go(() => worker(i, out));")).toBe("worker");
    expect(spawnedFunction("go(async () => await pinger(ch))")).toBe("pinger");
    expect(spawnedFunction("go(async function ping() {")).toBe("ping");
    expect(spawnedFunction("go(async () => {")).toBeNull();
    expect(spawnedFunction('go(async () => { fmt.println("hi") })')).toBeNull();
    expect(spawnedFunction("const x = 1;")).toBeNull();
  });
});

describe("reasonInWords", () => {
  it("says Go's wait reasons in words, and keeps unknown ones", () => {
    expect(reasonInWords("chan send")).toBe("waiting to send on a channel");
    expect(reasonInWords("sync.WaitGroup.Wait")).toBe(
      "waiting for a WaitGroup to count down to zero",
    );
    expect(reasonInWords("semacquire")).toBe("blocked [semacquire]");
  });
});
