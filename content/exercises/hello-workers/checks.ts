import * as time from "go/time";
import { type Check, checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

// The hidden checks of "Hello from N workers". The learner's greet() may be
// changed, so the expected greetings are spelt out here, not asked of it.

/** Fails unless `got` is exactly worker 0's to worker n-1's greeting, naming the first wrong one. */
function expectGreetings(t: T, got: unknown, n: number): void {
  const what = `helloWorkers(${n})`;
  if (!Array.isArray(got))
    t.fatal(
      `${what} returned ${String(got)}, want an array of greetings`,
    );
  t.equal(got.length, n, `len(${what})`);
  for (let i = 0; i < n; i++)
    t.equal(got[i], `hello from worker ${i}`, `${what}[${i}]`);
}

export default checks<typeof Exercise>((learner) => {
  const returnsInOrder = (n: number): Check => ({
    name: `returns ${n} greeting${n === 1 ? "" : "s"} in order for n = ${n}`,
    async run(t) {
      const r = await t.run(() => learner.helloWorkers(n));
      t.noDeadlock(r);
      expectGreetings(t, r.value, n);
    },
  });

  return [
    returnsInOrder(1),
    returnsInOrder(5),
    returnsInOrder(100),
    {
      name: "leaves no goroutine running when it returns",
      async run(t) {
        const r = await t.run(() => learner.helloWorkers(5));
        t.noDeadlock(r);
        t.noLeaks(r, "helloWorkers(5)");
      },
    },
    {
      name: "starts one goroutine per worker",
      async run(t) {
        const r = await t.run(() => learner.helloWorkers(10));
        t.noDeadlock(r);
        // The caller's goroutine counts too: ten workers make eleven.
        t.assert(
          r.peakGoroutines >= 11,
          `helloWorkers(10) had at most ${r.peakGoroutines - 1} other goroutines alive at once, want 10 workers`,
        );
      },
    },
    {
      name: "runs the workers at the same time",
      async run(t) {
        const r = await t.run(() => learner.helloWorkers(100));
        t.noDeadlock(r);
        // The slowest greeting takes 10 ms; workers taking turns would take half a second.
        t.within(r, 10 * time.Millisecond, "helloWorkers(100)");
      },
    },
    {
      name: "has no data race: each worker writes only its own place",
      async run(t) {
        const r = await t.run(() => learner.helloWorkers(10), {
          race: true,
        });
        t.noDeadlock(r);
        t.noRace(r);
      },
    },
  ];
});
