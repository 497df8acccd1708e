import { chan, go, recv, select, type RecvChan } from "go";
import * as time from "go/time";
import { type Check, checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

const ms = time.Millisecond;
const never = null;

/** Channels for `or`: the i-th is closed after closeAt[i], or never. */
function inputs(closeAt: (time.Duration | null)[]): RecvChan<void>[] {
  return closeAt.map((d) => {
    const c = chan<void>();
    if (d !== null) time.afterFunc(d, () => c.close());
    return c;
  });
}

/** How the call reads in a message: or(10ms, never) or, for many, a summary. */
function call(closeAt: (time.Duration | null)[]): string {
  const closing = closeAt.flatMap((d, i) => (d === null ? [] : [i]));
  if (closeAt.length <= 6) {
    const args = closeAt.map((d) =>
      d === null ? "never" : time.durationString(d),
    );
    return `or(${args.join(", ")})`;
  }
  const which = closing
    .map((i) => `#${i} at ${time.durationString(closeAt[i]!)}`)
    .join(", ");
  return `or(${closeAt.length} channels, closing ${which || "none"})`;
}

/**
 * What a wait on `or`'s channel saw: when it was closed, or "open" if it
 * wasn't within `limit`, or "value" if a value came instead of a close.
 */
async function waitClosed(
  out: RecvChan<void> | null,
  limit: time.Duration,
): Promise<time.Duration | "open" | "value"> {
  const start = time.now();
  return select([
    recv(out, (_, ok): time.Duration | "value" =>
      ok ? "value" : time.since(start),
    ),
    recv(time.after(limit), () => "open" as const),
  ]);
}

/** Runs or(closeAt…) and fails unless its channel closes at `want`. */
async function closesAt(
  t: T,
  learner: typeof Exercise,
  closeAt: (time.Duration | null)[],
  want: time.Duration,
) {
  const what = call(closeAt);
  const r = await t.run(() =>
    waitClosed(learner.or(...inputs(closeAt)), time.Second),
  );
  t.noDeadlock(r);
  if (r.value === "open") {
    t.fatal(
      `${what}'s channel was still open after a second, want it closed at ${time.durationString(want)}`,
    );
  }
  if (r.value === "value") {
    t.fatal(
      `${what}'s channel delivered a value; want it closed, so that every receiver sees it`,
    );
  }
  if (r.value !== want) {
    t.fatal(
      `${what}'s channel closed at ${time.durationString(r.value!)}, want ${time.durationString(want)}`,
    );
  }
}

export default checks<typeof Exercise>((learner) => {
  const closes = (
    name: string,
    cases: [(time.Duration | null)[], time.Duration][],
    seeds?: number,
  ): Check => ({
    name,
    seeds,
    async run(t) {
      for (const [closeAt, want] of cases) {
        await closesAt(t, learner, closeAt, want);
      }
    },
  });

  // n channels, all open but the i-th, which closes after 10ms.
  const oneOf = (n: number, i: number) =>
    Array.from({ length: n }, (_, j) => (j === i ? 10 * ms : never));
  const everyPosition: [(time.Duration | null)[], time.Duration][] = [];
  for (let n = 2; n <= 8; n++) {
    for (let i = 0; i < n; i++)
      everyPosition.push([oneOf(n, i), 10 * ms]);
  }

  return [
    closes("with one channel, closes when it closes", [
      [[10 * ms], 10 * ms],
    ]),
    closes("with two channels, closes when the first of them closes", [
      [[10 * ms, 20 * ms], 10 * ms],
      [[20 * ms, 10 * ms], 10 * ms],
      [[never, 15 * ms], 15 * ms],
      [[15 * ms, never], 15 * ms],
    ]),
    closes(
      "closes when any one of n channels closes, wherever it is in the list",
      everyPosition,
      5,
    ),
    closes("with 100 channels, closes when the first of them closes", [
      [oneOf(100, 73), 10 * ms],
      [oneOf(100, 0), 10 * ms],
      [oneOf(100, 99), 10 * ms],
      [Array.from({ length: 100 }, (_, j) => (100 - j) * ms), 1 * ms],
    ]),
    {
      name: "stays open while none of the channels is closed",
      async run(t) {
        for (const closeAt of [
          [],
          [never],
          [never, never],
          oneOf(7, -1),
        ]) {
          const r = await t.run(() =>
            waitClosed(learner.or(...inputs(closeAt)), time.Second),
          );
          t.noDeadlock(r);
          t.assert(
            r.value === "open",
            `${call(closeAt)}'s channel ${r.value === "value" ? "delivered a value" : "was closed"}, want it open for ever, since none of the channels closes`,
          );
          // Waiting on channels that may yet close is or's job; with no
          // channels at all there is nothing to wait for.
          if (closeAt.length === 0) t.noLeaks(r, "or()");
        }
      },
    },
    {
      name: "every receiver sees it closed, not just one",
      async run(t) {
        const r = await t.run(async () => {
          const out = learner.or(...inputs([never, 10 * ms, never]));
          const woke = chan<boolean>(5);
          for (let i = 0; i < 5; i++) {
            go(async () => {
              await woke.send(
                await select([
                  recv(out, (_, ok) => !ok),
                  recv(time.after(time.Second), () => false),
                ]),
              );
            });
          }
          let n = 0;
          for (let i = 0; i < 5; i++) if (await woke.recv()) n++;
          return n;
        });
        t.noDeadlock(r);
        t.equal(
          r.value,
          5,
          "receivers that saw or(never, 10ms, never)'s channel closed, out of 5,",
        );
      },
    },
    {
      name: "leaves no goroutine behind once its channel is closed",
      async run(t) {
        for (const closeAt of [
          [never, 10 * ms],
          [10 * ms, never, never],
          oneOf(5, 2),
          oneOf(100, 73),
        ]) {
          const r = await t.run(async () => {
            await waitClosed(
              learner.or(...inputs(closeAt)),
              time.Second,
            );
          });
          t.noDeadlock(r);
          t.noLeaks(r, `${call(closeAt)}, once closed,`);
        }
      },
    },
    {
      name: "copes with more channels closing after the first",
      async run(t) {
        for (const closeAt of [
          [10 * ms, 10 * ms],
          [10 * ms, 20 * ms, 10 * ms, 30 * ms],
          Array.from({ length: 20 }, () => 10 * ms),
        ]) {
          const r = await t.run(async () => {
            const got = await waitClosed(
              learner.or(...inputs(closeAt)),
              time.Second,
            );
            await time.sleep(time.Second); // the others close meanwhile
            return typeof got === "number"
              ? time.durationString(got)
              : got;
          });
          t.noDeadlock(r);
          t.equal(
            r.value,
            "10ms",
            `when ${call(closeAt)}'s channel closed`,
          );
          t.noLeaks(r, call(closeAt));
        }
      },
    },
  ];
});
