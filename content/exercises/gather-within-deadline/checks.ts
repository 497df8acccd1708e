import { recv, select } from "go";
import * as context from "go/context";
import * as time from "go/time";
import { checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

// The hidden checks of "Gather within a deadline". Every service is made
// here, so the learner cannot change how they behave; each one answers
// its own name after its latency, on virtual time.

const ms = time.Millisecond;

type Reply = [string, Error | null];

/** What one service did, for the checks to read afterwards. */
interface Log {
  /** How the service ended: "answered", or the context error it saw. */
  outcome: string;
  /** When, since the check started. */
  at: time.Duration;
}

/** A run's services and what they did. */
class Services {
  readonly start = time.now();
  readonly logs = new Map<string, Log>();
  readonly list: Exercise.Service[] = [];
  private readonly shown: string[] = [];

  /** A service that answers after `latency`, or stops when its context is done. */
  polite(name: string, latency: number): this {
    this.shown.push(`${name} ${latency}ms`);
    this.list.push(async (ctx): Promise<Reply> => {
      if (
        ctx === null ||
        ctx === undefined ||
        typeof ctx.done !== "function"
      )
        return ["", new Error(`service ${name} was given no context`)];
      return select([
        recv(time.after(latency * ms), (): Reply => {
          this.log(name, "answered");
          return [name, null];
        }),
        recv(ctx.done(), (): Reply => {
          this.log(name, String(ctx.err()?.message));
          return ["", ctx.err()];
        }),
      ]);
    });
    return this;
  }

  /** A service that pays no attention to its context and answers after `latency`. */
  stubborn(name: string, latency: number): this {
    this.shown.push(`${name} ${latency}ms, ignores ctx`);
    this.list.push(async (): Promise<Reply> => {
      await time.sleep(latency * ms);
      this.log(name, "answered");
      return [name, null];
    });
    return this;
  }

  private log(name: string, outcome: string) {
    this.logs.set(name, { outcome, at: time.since(this.start) });
  }

  /** How the call reads in a message: gather(ctx, [a 30ms, b 10ms]). */
  call(ctxText: string): string {
    return `gather(${ctxText}, [${this.shown.join(", ")}])`;
  }
}

/** The result of one call of gather, and how long it took. */
interface Outcome {
  value: unknown;
  took: time.Duration;
  services: Services;
}

/** Checks that `value` is a pair [answers, err] and returns it. */
function pair(
  t: T,
  value: unknown,
  what: string,
): [unknown[], unknown] {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !Array.isArray(value[0])
  )
    t.fatal(
      `${what} returned ${String(value)}, want a pair [answers, err]`,
    );
  return [value[0] as unknown[], value[1]];
}

function errText(err: unknown): string {
  if (err === null || err === undefined) return "null";
  return err instanceof Error ? `"${err.message}"` : String(err);
}

function expectErr(
  t: T,
  got: unknown,
  want: Error | null,
  what: string,
) {
  if (got !== want)
    t.fatal(
      `${what} returned the error ${errText(got)}, want ${errText(want)}`,
    );
}

function expectTook(
  t: T,
  o: Outcome,
  want: time.Duration,
  what: string,
) {
  if (o.took !== want)
    t.fatal(
      `${what} returned after ${time.durationString(o.took)}, want ${time.durationString(want)}`,
    );
}

/** Fails unless the services named saw the context end with `err` at `at`. */
function expectStopped(
  t: T,
  o: Outcome,
  names: string[],
  err: Error,
  at: time.Duration,
) {
  for (const name of names) {
    const log = o.services.logs.get(name);
    const when = time.durationString(at);
    if (log === undefined)
      t.fatal(
        `service ${name} was still waiting after gather returned; it should have seen "${err.message}" at ${when}`,
      );
    if (log.outcome !== err.message || log.at !== at)
      t.fatal(
        `service ${name} ${log.outcome === "answered" ? "answered" : `saw "${log.outcome}"`} at ${time.durationString(log.at)}; it should have seen "${err.message}" at ${when}: give the services the context`,
      );
  }
}

export default checks<typeof Exercise>((learner) => {
  /** Calls gather with a context that has `timeout`; then lets `linger` pass. */
  const call =
    (timeout: number, make: (s: Services) => Services, linger = 0) =>
    async (): Promise<Outcome> => {
      const services = make(new Services());
      const [ctx, cancel] = context.withTimeout(
        context.background(),
        timeout * ms,
      );
      try {
        const value = await learner.gather(ctx, services.list);
        const took = time.since(services.start);
        await time.sleep(linger * ms);
        return { value, took, services };
      } finally {
        cancel();
      }
    };

  const inTime = (s: Services) =>
    s.polite("a", 30).polite("b", 10).polite("c", 20);
  const someLate = (s: Services) =>
    s.polite("a", 10).polite("b", 80).polite("c", 30).polite("d", 200);

  return [
    {
      name: "returns every answer, in the services' order, when all arrive in time",
      async run(t) {
        const r = await t.run(call(50, inTime));
        t.noDeadlock(r);
        const what = r.value!.services.call("ctx with 50ms");
        const [answers, err] = pair(t, r.value!.value, what);
        t.equal(answers, ["a", "b", "c"], `${what}'s answers`);
        expectErr(t, err, null, what);
      },
    },
    {
      name: "returns as soon as the last answer arrives",
      async run(t) {
        const r = await t.run(call(50, inTime));
        t.noDeadlock(r);
        const what = r.value!.services.call("ctx with 50ms");
        expectTook(t, r.value!, 30 * ms, what);
      },
    },
    {
      name: "keeps the answers that arrived before the deadline",
      async run(t) {
        const r = await t.run(call(50, someLate));
        t.noDeadlock(r);
        const what = r.value!.services.call("ctx with 50ms");
        const [answers, err] = pair(t, r.value!.value, what);
        t.equal(answers, ["a", "c"], `${what}'s answers`);
        expectErr(t, err, context.DeadlineExceeded, what);
      },
    },
    {
      name: "returns at the deadline, even if a service ignores it",
      async run(t) {
        const r = await t.run(
          call(50, (s) =>
            s.polite("a", 10).polite("b", 80).stubborn("c", 300),
          ),
        );
        t.noDeadlock(r);
        const what = r.value!.services.call("ctx with 50ms");
        expectTook(t, r.value!, 50 * ms, what);
        const [answers, err] = pair(t, r.value!.value, what);
        t.equal(answers, ["a"], `${what}'s answers`);
        expectErr(t, err, context.DeadlineExceeded, what);
      },
    },
    {
      name: "the late services see the deadline, and no goroutine is left behind",
      async run(t) {
        const r = await t.run(
          call(
            50,
            (s) =>
              s
                .polite("a", 10)
                .polite("b", 80)
                .polite("c", 200)
                .stubborn("d", 300),
            1000,
          ),
        );
        t.noDeadlock(r);
        expectStopped(
          t,
          r.value!,
          ["b", "c"],
          context.DeadlineExceeded,
          50 * ms,
        );
        t.noLeaks(r, "gather");
      },
    },
    {
      name: "has no data race, even with services answering after it returns",
      async run(t) {
        const r = await t.run(
          call(
            50,
            (s) => s.polite("a", 10).polite("b", 80).stubborn("c", 300),
            1000,
          ),
          { race: true },
        );
        t.noDeadlock(r);
        t.noRace(r);
      },
    },
    {
      name: "a parent cancelled early cancels everything",
      async run(t) {
        const r = await t.run(async () => {
          const services = new Services()
            .polite("a", 10)
            .polite("b", 100)
            .polite("c", 300)
            .stubborn("d", 400);
          const [parent, cancelParent] = context.withCancel(
            context.background(),
          );
          const [ctx, cancel] = context.withTimeout(
            parent,
            time.Second,
          );
          time.afterFunc(20 * ms, cancelParent); // the client hangs up
          try {
            const value = await learner.gather(ctx, services.list);
            const took = time.since(services.start);
            await time.sleep(time.Second);
            return { value, took, services };
          } finally {
            cancel();
          }
        });
        t.noDeadlock(r);
        const o = r.value!;
        const what = o.services.call(
          "ctx with 1s whose parent is cancelled at 20ms",
        );
        expectTook(t, o, 20 * ms, what);
        const [answers, err] = pair(t, o.value, what);
        t.equal(answers, ["a"], `${what}'s answers`);
        expectErr(t, err, context.Canceled, what);
        expectStopped(t, o, ["b", "c"], context.Canceled, 20 * ms);
        t.noLeaks(r, "gather");
      },
    },
  ];
});
