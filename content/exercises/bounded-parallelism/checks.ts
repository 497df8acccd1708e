import { recv, select, type RecvChan } from "go";
import * as errors from "go/errors";
import * as time from "go/time";
import { checks } from "tour/testing";
import type * as Exercise from "./solution.ts";
import type { Result } from "./solution.ts";

/** How one item goes: how long it takes, and the error it ends with, if any. */
interface Plan {
  ms: number;
  err?: Error;
  /** Takes all of `ms` even when done is closed meanwhile. */
  ignoresDone?: boolean;
}

/** What the checks' work function saw, kept outside the learner's reach. */
interface Log {
  running: number;
  most: number;
  /** Items in the order work was called for them, with the virtual time of the call. */
  calls: { item: number; at: number }[];
  /** When the first planned error was returned (virtual time since the start), if one was. */
  failedAt: number | null;
}

const ms = time.Millisecond;

/**
 * A work function that takes `plan(item).ms` of virtual time, gives up at
 * once when done is closed, and answers item × 10 or the planned error.
 */
function worker(log: Log, plan: (item: number) => Plan) {
  const start = time.now();
  return async (
    done: RecvChan<void>,
    item: number,
  ): Promise<Result<number>> => {
    log.calls.push({ item, at: time.since(start) });
    log.running++;
    log.most = Math.max(log.most, log.running);
    try {
      const { ms: wait, err, ignoresDone } = plan(item);
      const cancelled = await select([
        recv(time.after(wait * ms), () => false),
        recv(ignoresDone ? null : done, () => true),
      ]);
      if (cancelled)
        return { value: null, err: errors.new("cancelled") };
      if (err !== undefined) {
        log.failedAt ??= time.since(start);
        return { value: null, err };
      }
      return { value: item * 10, err: null };
    } finally {
      log.running--;
    }
  };
}

const newLog = (): Log => ({
  running: 0,
  most: 0,
  calls: [],
  failedAt: null,
});
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Runs processAll(1 … n, k) with the plan; returns what it returned, the log, and how many works were still running when it returned. */
async function process(
  learner: typeof Exercise,
  n: number,
  k: number,
  plan: (item: number) => Plan,
) {
  const log = newLog();
  const result = await learner.processAll(
    range(n),
    k,
    worker(log, plan),
  );
  return { result, log, runningAtReturn: log.running };
}

export default checks<typeof Exercise>((learner) => [
  {
    name: "returns every result, in the order of the items",
    async run(t) {
      // Later items finish first: the order must come from the items, not the finishing.
      const r = await t.run(() =>
        process(learner, 8, 3, (i) => ({ ms: 100 - 10 * i })),
      );
      t.noDeadlock(r);
      t.equal(
        r.value?.result,
        { value: range(8).map((i) => i * 10), err: null },
        "processAll([1 … 8], 3, work)",
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "handles no items, and k larger than the number of items",
    async run(t) {
      const r = await t.run(async () => [
        (await process(learner, 0, 3, () => ({ ms: 10 }))).result,
        (await process(learner, 2, 10, () => ({ ms: 10 }))).result,
      ]);
      t.noDeadlock(r);
      t.equal(
        r.value?.[0],
        { value: [], err: null },
        "processAll([], 3, work)",
      );
      t.equal(
        r.value?.[1],
        { value: [10, 20], err: null },
        "processAll([1 2], 10, work)",
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "never has more than k items in progress",
    async run(t) {
      const r = await t.run(() =>
        process(learner, 20, 3, (i) => ({ ms: 10 + (i % 4) * 10 })),
      );
      t.noDeadlock(r);
      const most = r.value?.log.most ?? 0;
      t.assert(
        most <= 3,
        `processAll([1 … 20], 3, work) had ${most} items in progress at once, want at most 3`,
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "takes ⌈n/k⌉ × t: k items in progress all the time",
    async run(t) {
      const r = await t.run(() =>
        process(learner, 10, 3, () => ({ ms: 100 })),
      );
      t.noDeadlock(r);
      t.within(
        r,
        400 * ms,
        "processAll([1 … 10], 3, work) with 100ms per item",
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "starts the next item as soon as one finishes, not when a whole batch has",
    async run(t) {
      // With k = 2: item 1 takes 300ms while the other slot gets through items 2, 3 and 4;
      // items 5 and 6 start at 300ms, and all is done at 400ms. Batches of two take 500ms.
      const r = await t.run(() =>
        process(learner, 6, 2, (i) => ({ ms: i === 1 ? 300 : 100 })),
      );
      t.noDeadlock(r);
      t.within(
        r,
        400 * ms,
        "processAll([1 … 6], 2, work) with item 1 taking 300ms and the others 100ms",
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "keeps the number of goroutines bounded by k, not by the number of items",
    async run(t) {
      const r = await t.run(() =>
        process(learner, 50, 4, () => ({ ms: 10 })),
      );
      t.noDeadlock(r);
      const besides = r.peakGoroutines - 1;
      // k at work, a few helpers, and a few that have finished but not yet returned.
      t.assert(
        besides <= 12,
        `processAll([1 … 50], 4, work) had ${besides} goroutines alive at once besides the caller, want at most 12: no goroutine per item waiting its turn`,
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "on an error, cancels the items in progress, starts no more, and returns the error",
    async run(t) {
      const failure = errors.new("item 5: out of paper");
      // k = 3: items 4, 5 and 6 start at 100ms, and item 5 fails at 110ms.
      const r = await t.run(() =>
        process(learner, 20, 3, (i) =>
          i === 5 ? { ms: 10, err: failure } : { ms: 100 },
        ),
      );
      t.noDeadlock(r);
      const v = r.value;
      t.assert(
        v?.result.err === failure,
        `processAll([1 … 20], 3, work) with item 5 failing returned ${show(v?.result)}, want {value: null, err: item 5: out of paper}`,
      );
      const failedAt = v?.log.failedAt ?? 0;
      const later = (v?.log.calls ?? [])
        .filter((c) => c.at > failedAt)
        .map((c) => `${c.item} at ${time.durationString(c.at)}`);
      t.assert(
        later.length === 0,
        `processAll went on starting items after item 5 failed at ${time.durationString(failedAt)}: ${later.join(", ")}`,
      );
      t.within(
        r,
        110 * ms,
        "processAll([1 … 20], 3, work) with item 5 failing at 110ms (the items in progress give up when done is closed)",
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "returns the first error to happen, not the first item's",
    async run(t) {
      // Item 2 doesn't watch done: it fails at 80ms although item 3 failed at 30ms.
      const slow = errors.new("item 2 failed at 80ms");
      const fast = errors.new("item 3 failed at 30ms");
      const r = await t.run(() =>
        process(learner, 4, 4, (i) =>
          i === 2
            ? { ms: 80, err: slow, ignoresDone: true }
            : i === 3
              ? { ms: 30, err: fast }
              : { ms: 100 },
        ),
      );
      t.noDeadlock(r);
      t.assert(
        r.value?.result.err === fast,
        `processAll([1 2 3 4], 4, work) returned ${show(r.value?.result)}, want the error "item 3 failed at 30ms"`,
      );
      t.noLeaks(r, "processAll");
    },
  },
  {
    name: "returns only when every work it started has returned",
    async run(t) {
      const failure = errors.new("item 2: no");
      const r = await t.run(() =>
        process(learner, 6, 3, (i) =>
          i === 2 ? { ms: 10, err: failure } : { ms: 100 },
        ),
      );
      t.noDeadlock(r);
      t.equal(
        r.value?.runningAtReturn,
        0,
        "calls of work still running when processAll returned after item 2 failed",
      );
      t.noLeaks(r, "processAll");
    },
  },
]);

function show(r: Result<number[]> | undefined): string {
  if (r === undefined) return "nothing";
  return r.err === null
    ? `{value: [${r.value.join(" ")}], err: null}`
    : `{value: ${String(r.value)}, err: ${r.err.message}}`;
}
