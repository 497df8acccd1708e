import { describe, expect, it } from "vitest";
import { describeEvent, formatDuration, maxTimelineLines, timelineText } from "./timeline.ts";

describe("formatDuration", () => {
  it("prints virtual time as Go's time.Duration does", () => {
    expect(
      [0, 250, 1_500, 1_000_000, 1_500_000, 2_000_000_000, 90e9, 3_600e9 + 1.5e9].map(
        formatDuration,
      ),
    ).toEqual(["0s", "250ns", "1.5µs", "1ms", "1.5ms", "2s", "1m30s", "1h0m1.5s"]);
  });
});

describe("timelineText", () => {
  it("says what each goroutine did, with the time and the line", () => {
    const text = timelineText([
      { t: 0, g: 1, kind: "spawn", child: 12, line: 8 },
      { t: 0, g: 1, kind: "block", reason: "sync.WaitGroup.Wait" },
      { t: 3_000_000, g: 12, kind: "send", ch: 2, value: "hello" },
      { t: 10_000_000, g: 12, kind: "exit" },
    ]);
    expect(text.split("\n")).toEqual([
      "  0s  g1   starts goroutine 12 (line 8)",
      "  0s  g1   blocks [sync.WaitGroup.Wait]",
      " 3ms  g12  sends hello on channel 2",
      "10ms  g12  exits",
    ]);
  });

  it("leaves out goroutine 0, the runtime: its start of main and its timers' sends", () => {
    const text = timelineText([
      { t: 0, g: 0, kind: "spawn", child: 1 },
      { t: 0, g: 1, kind: "block", reason: "chan receive", line: 9 },
      { t: 1e9, g: 0, kind: "send", ch: 3, value: "tick" },
      { t: 1e9, g: 1, kind: "recv", ch: 3, value: "tick", line: 9 },
    ]);
    expect(text.split("\n")).toEqual([
      "0s  g1  blocks [chan receive] (line 9)",
      "1s  g1  receives tick from channel 3 (line 9)",
    ]);
  });

  it("names every kind of event in words", () => {
    expect(describeEvent({ t: 0, g: 1, kind: "select", case: -1 })).toBe(
      "select takes its default case",
    );
    expect(describeEvent({ t: 0, g: 1, kind: "print", text: "hi\n" })).toBe('prints "hi\\n"');
    expect(describeEvent({ t: 0, g: 1, kind: "recv", ch: 4, value: "0" })).toBe(
      "receives 0 from channel 4",
    );
  });

  it("cuts a very long timeline short and says how much is left out", () => {
    const events = Array.from({ length: maxTimelineLines + 5 }, (_, i) => ({
      t: i,
      g: 1,
      kind: "wake",
    }));
    const lines = timelineText(events).split("\n");
    expect(lines).toHaveLength(maxTimelineLines + 1);
    expect(lines.at(-1)).toBe("… and 5 more events");
  });
});
