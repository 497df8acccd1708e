import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Frame, RunResult } from "go/run";
import { beforeAll, describe, expect, it } from "vitest";
import { attempt, gradeCheck } from "../../grading/grade.ts";
import type { Check } from "../../grading/testing.ts";
import { wrongHeader } from "../../grading/wrong-solutions.ts";
import type { TimelineEvent } from "../playground/protocol.ts";
import { buildTimeline } from "../timeline/model.ts";
import { timelineText } from "./timeline.ts";

// The timeline of a real replay: a wrong solution from content/exercises,
// graded as `npm run grade` does (its own lines named, the rest of the
// program hidden, as the sandbox hides all but the learner's file), its
// failing seed replayed with tracing and locations on, as the sandbox does. What the learner reads must be their
// program only (no runtime goroutine, no grader's wait), each event at the
// line of the goroutine that did it.

const exercises = fileURLToPath(new URL("../../../content/exercises/", import.meta.url));

interface Replayed {
  events: TimelineEvent[];
  lines: number;
}

/** Replays the check `wrong` fails, as sandbox-runner.ts does, and returns the page's events. */
async function replayWrong(slug: string, wrong: string): Promise<Replayed> {
  const folder = path.join(exercises, slug);
  const file = path.join(folder, wrong);
  const source = readFileSync(file, "utf8");
  const header = wrongHeader(source)!;
  const make = (
    (await import(pathToFileURL(path.join(folder, "checks.ts")).href)) as {
      default: (learner: unknown) => Check[];
    }
  ).default;
  // A wrong solution may take the parts it gets right from ../solution.ts.
  const learner: unknown = await import(pathToFileURL(file).href);
  const mapFrame = (f: Frame) => (f.file === file ? { ...f, file: path.basename(file) } : null);
  const check = make(learner).find((c) => c.name === header.caughtBy)!;
  const verdict = await gradeCheck(check, { runOptions: { mapFrame } });
  expect(verdict.pass).toBe(false);
  let last: RunResult | null = null;
  const message = await attempt(
    check,
    verdict.seed!,
    { mapFrame, trace: true, locations: true },
    (r) => {
      last = r;
    },
  );
  expect(message).not.toBeNull();
  // The page's form of each event (sandbox-runner.ts's timelineEvent).
  const events = (last as RunResult | null)!.trace.map((e) => {
    const out: TimelineEvent = { t: e.t, g: e.g, kind: e.kind };
    if (e.ch !== undefined) out.ch = e.ch;
    if (e.reason !== undefined) out.reason = e.reason;
    if ("value" in e) out.value = String(e.value);
    if (e.case !== undefined) out.case = e.case;
    if (e.child !== undefined) out.child = e.child;
    if (e.text !== undefined) out.text = e.text;
    if (e.loc !== undefined) out.line = e.loc.line;
    return out;
  });
  return { events, lines: source.split("\n").length };
}

/**
 * The events recorded for a goroutine while it is parked (its wake-up, the
 * receive of a value handed to it) with the line it parked at, and the line
 * they were given.
 */
function parkedEvents(events: readonly TimelineEvent[]) {
  const parkedAt = new Map<number, number | undefined>();
  const out: { i: number; e: TimelineEvent; parkedAt: number | undefined }[] = [];
  events.forEach((e, i) => {
    if (parkedAt.has(e.g)) out.push({ i, e, parkedAt: parkedAt.get(e.g) });
    if (e.kind === "block" || e.kind === "sleep") parkedAt.set(e.g, e.line);
    else if (e.kind === "wake") parkedAt.delete(e.g);
  });
  return out;
}

describe.each([
  // Channels: the check's goroutine receives what the learner's goroutine
  // sends, and each wakes the other; a timer of the check's fires at the end.
  ["cancellable-pipeline", "wrong/square-never-closes.ts"],
  // Mutexes and a WaitGroup: an unlock wakes a goroutine waiting to lock.
  ["fix-the-deadlock", "wrong/one-lock-at-a-time.ts"],
  // Sleeps and selects: a timer wakes a sleeper while no goroutine runs.
  ["fastest-search", "wrong/waits-for-all.ts"],
])("the replay of %s's %s", (slug, wrong) => {
  let replay: Replayed;
  beforeAll(async () => {
    replay = await replayWrong(slug, wrong);
  }, 60_000);

  it("shows the program's goroutines only, never the runtime or the grader's wait", () => {
    const text = timelineText(replay.events);
    expect(text).not.toBe("");
    expect(text).not.toMatch(/\bg0\b/);
    expect(text).not.toMatch(/synctest/);
    expect(replay.events.some((e) => e.reason === "synctest.Wait")).toBe(false);
  });

  it("puts each event at the line of the goroutine that did it", () => {
    const parked = parkedEvents(replay.events);
    // The replay has events recorded on behalf of a waiting goroutine.
    expect(parked.some(({ e }) => e.kind === "wake")).toBe(true);
    for (const { i, e, parkedAt } of parked) {
      expect({ i, g: e.g, kind: e.kind, line: e.line }).toEqual({
        i,
        g: e.g,
        kind: e.kind,
        line: parkedAt,
      });
    }
    for (const e of replay.events) {
      if (e.line !== undefined) expect(e.line).toBeLessThanOrEqual(replay.lines);
    }
  });

  it("draws lanes for the program's goroutines only (the Timeline tab's model)", () => {
    const model = buildTimeline(replay.events);
    expect(model.lanes.map((l) => l.g)).not.toContain(0);
    for (const lane of model.lanes) {
      for (const i of lane.events) {
        const e = model.events[i]!;
        expect(e.g === lane.g || (e.kind === "spawn" && e.child === lane.g)).toBe(true);
      }
      expect(lane.spans.some((s) => s.reason === "synctest.Wait")).toBe(false);
    }
  });
});
