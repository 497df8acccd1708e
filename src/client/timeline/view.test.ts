import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../playground/protocol.ts";
import { buildTimeline } from "./model.ts";
import { drawTimeline, labelWidth, type Palette } from "./view.ts";

/** A canvas context that only counts what is filled and stroked. */
function countingContext() {
  const counts = { fill: 0, fillRect: 0, strokeRect: 0, stroke: 0 };
  const ctx = new Proxy(
    {},
    {
      get(_, name) {
        if (name === "measureText") return () => ({ width: 20 });
        if (typeof name === "string" && name in counts)
          return () => counts[name as keyof typeof counts]++;
        return () => {};
      },
      set: () => true,
    },
  ) as CanvasRenderingContext2D;
  return { ctx, counts };
}

const colour = "#000";
const palette: Palette = {
  text: colour,
  muted: colour,
  grid: colour,
  bg: colour,
  running: colour,
  runnable: colour,
  chan: colour,
  sync: colour,
  sleep: colour,
  select: colour,
  selected: colour,
  arrow: { spawn: colour, send: colour, close: colour, unlock: colour },
};

/** main starts a producer and receives `n` values from it: 4n + 2 events. */
function pingPong(n: number): TimelineEvent[] {
  const events: TimelineEvent[] = [{ t: 0, g: 1, kind: "spawn", child: 2 }];
  for (let i = 0; i < n; i++) {
    events.push(
      { t: 0, g: 1, kind: "block", reason: "chan receive" },
      { t: 0, g: 2, kind: "send", ch: 1, value: String(i) },
      { t: 0, g: 1, kind: "recv", ch: 1, value: String(i) },
      { t: 0, g: 1, kind: "wake" },
    );
  }
  events.push({ t: 0, g: 2, kind: "exit" });
  return events;
}

describe("drawTimeline", () => {
  const model = buildTimeline(pingPong(2_500));
  const width = 800;
  const height = 100;

  it("draws every event in view at a readable zoom", () => {
    const { ctx, counts } = countingContext();
    const columnWidth = 14;
    drawTimeline(ctx, model, { columnWidth, scrollX: 0, selected: -1 }, palette, width, height);
    const inView = Math.ceil((width - labelWidth) / columnWidth);
    // One fill per event mark, plus the heads of the arrows in view.
    expect(counts.fill).toBeGreaterThanOrEqual(inView);
  });

  it("zoomed out, draws a mark per pixel of a lane rather than per event", () => {
    expect(model.columns).toBeGreaterThan(10_000);
    const { ctx, counts } = countingContext();
    const columnWidth = (width - labelWidth) / model.columns;
    drawTimeline(ctx, model, { columnWidth, scrollX: 0, selected: -1 }, palette, width, height);
    const pixels = width - labelWidth;
    const lanes = model.lanes.length;
    // Marks: at most one per pixel of each lane; arrow heads: at most one per
    // pixel for each pair of lanes.
    expect(counts.fill).toBeLessThanOrEqual(pixels * lanes + pixels * lanes * lanes);
    expect(counts.fill).toBeLessThan(model.columns / 2);
    // Still a picture: every pixel of main's lane has its mark.
    expect(counts.fill).toBeGreaterThanOrEqual(pixels - 2);
    expect(counts.fillRect + counts.strokeRect).toBeLessThanOrEqual(pixels * lanes + 4);
  });
});
