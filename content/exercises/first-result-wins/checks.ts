import { recv, select } from "go";
import * as context from "go/context";
import * as time from "go/time";
import { type Check, checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

const ms = time.Millisecond;

/** What each request did, by name: "answered at 10ms", "cancelled at 10ms (context canceled)". */
type Log = Map<string, string>;

/** A request named `name` that answers after `delay`, unless its context is done first. */
function request(
  name: string,
  delay: time.Duration,
  log: Log,
  start: time.Time,
) {
  return async (ctx: context.Context): Promise<string | null> => {
    const answered = await select([
      recv(time.after(delay), () => true),
      recv(ctx.done(), () => false),
    ]);
    const at = time.durationString(time.since(start));
    if (!answered) {
      log.set(
        name,
        `cancelled at ${at} (${ctx.err()?.message ?? "no error"})`,
      );
      return null;
    }
    log.set(name, `answered at ${at}`);
    return `${name}'s answer`;
  };
}

type Setup = {
  /** Each request's name and how long it takes. */
  delays: [string, time.Duration][];
  /** The caller's context: a timeout, or "cancelled" before the call. */
  timeout?: time.Duration | "cancelled";
};

/** How the call reads in messages: first(ctx, [a 30ms, b 10ms]). */
function call({ delays, timeout }: Setup): string {
  const ctx =
    timeout === undefined
      ? "ctx"
      : timeout === "cancelled"
        ? "a cancelled ctx"
        : `ctx with a ${time.durationString(timeout)} timeout`;
  const list =
    delays.length <= 4
      ? delays
          .map(([n, d]) => `${n} ${time.durationString(d)}`)
          .join(", ")
      : `${delays.length} requests`;
  return `first(${ctx}, [${list}])`;
}

/** Runs first() on the setup; resolves to the answer, the time it took, and the log. */
function runFirst(t: T, learner: typeof Exercise, setup: Setup) {
  return t.run(async () => {
    const start = time.now();
    const log: Log = new Map();
    let ctx = context.background();
    if (setup.timeout === "cancelled") {
      const [c, cancel] = context.withCancel(ctx);
      cancel();
      ctx = c;
    } else if (setup.timeout !== undefined) {
      ctx = context.withTimeout(ctx, setup.timeout)[0];
    }
    const requests = setup.delays.map(([name, d]) =>
      request(name, d, log, start),
    );
    const answer = await learner.first(ctx, requests);
    return { answer, took: time.since(start), log };
  });
}

/** Fails unless every request but `winner` was cancelled, at `at`, with an error. */
function expectCancelled(
  t: T,
  setup: Setup,
  log: Log,
  winner: string | null,
  at: time.Duration,
) {
  const when = time.durationString(at);
  for (const [name] of setup.delays) {
    if (name === winner) continue;
    const got = log.get(name);
    const why =
      winner === null
        ? `the caller's context was done at ${when}`
        : `${winner} answered at ${when}`;
    if (got === undefined) {
      t.fatal(
        `${call(setup)}: request ${name} was still running after first returned; want it cancelled through its context when ${why}`,
      );
    }
    if (!got.startsWith(`cancelled at ${when} `)) {
      t.fatal(
        `${call(setup)}: request ${name} ${got}; want it cancelled at ${when}, when ${why}`,
      );
    }
  }
}

export default checks<typeof Exercise>((learner) => {
  const three: Setup = {
    delays: [
      ["a", 30 * ms],
      ["b", 10 * ms],
      ["c", 20 * ms],
    ],
  };
  const many: Setup = {
    delays: Array.from(
      { length: 50 },
      (_, i): [string, time.Duration] => [
        `r${i}`,
        (((i * 37 + 11) % 50) + 10) * ms,
      ],
    ),
  };
  const tie: Setup = {
    delays: [
      ["a", 20 * ms],
      ["b", 10 * ms],
      ["c", 10 * ms],
      ["d", 10 * ms],
    ],
  };
  const deadline: Setup = {
    timeout: 50 * ms,
    delays: [
      ["a", 300 * ms],
      ["b", 100 * ms],
      ["c", 200 * ms],
    ],
  };

  const returnsFirst = (
    name: string,
    setup: Setup,
    want: string,
    at: time.Duration,
  ): Check => ({
    name,
    async run(t) {
      const r = await runFirst(t, learner, setup);
      t.noDeadlock(r);
      t.equal(r.value?.answer, want, call(setup));
      t.within(r, at, call(setup));
    },
  });

  return [
    returnsFirst(
      "returns the first answer, as soon as it comes",
      three,
      "b's answer",
      10 * ms,
    ),
    returnsFirst(
      "with one request, returns its answer",
      { delays: [["a", 10 * ms]] },
      "a's answer",
      10 * ms,
    ),
    returnsFirst(
      "with 50 requests, returns the fastest",
      many,
      "r47's answer",
      10 * ms,
    ),
    {
      name: "cancels the other requests through their context",
      async run(t) {
        for (const setup of [three, many]) {
          const r = await runFirst(t, learner, setup);
          t.noDeadlock(r);
          const winner = setup.delays.reduce((a, b) =>
            b[1] < a[1] ? b : a,
          )[0];
          expectCancelled(t, setup, r.value!.log, winner, 10 * ms);
          t.noLeaks(r, call(setup));
        }
      },
    },
    {
      name: "leaves nothing behind when several answer at once",
      async run(t) {
        const r = await runFirst(t, learner, tie);
        t.noDeadlock(r);
        t.assert(
          ["b's answer", "c's answer", "d's answer"].includes(
            r.value?.answer ?? "",
          ),
          `${call(tie)} = ${JSON.stringify(r.value?.answer)}, want the answer of b, c or d`,
        );
        t.noLeaks(r, call(tie));
      },
    },
    {
      name: "gives up, returning null, when the caller's context is done first",
      async run(t) {
        const r = await runFirst(t, learner, deadline);
        t.noDeadlock(r);
        t.equal(r.value?.answer, null, call(deadline));
        t.within(r, 50 * ms, call(deadline));
        expectCancelled(t, deadline, r.value!.log, null, 50 * ms);
        t.noLeaks(r, call(deadline));
      },
    },
    {
      name: "returns null at once when the caller's context is already cancelled",
      async run(t) {
        const setup: Setup = {
          timeout: "cancelled",
          delays: three.delays,
        };
        const r = await runFirst(t, learner, setup);
        t.noDeadlock(r);
        t.equal(r.value?.answer, null, call(setup));
        t.within(r, 0, call(setup));
        t.noLeaks(r, call(setup));
      },
    },
  ];
});
