import { checks, copy, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

// [1 2 … 100], as Go prints a slice, shortened.
const show = (xs: number[]) =>
  xs.length > 4
    ? `[${xs.slice(0, 2).join(" ")} … ${xs.at(-1)}]`
    : `[${xs.join(" ")}]`;

const cases: [number[], number][] = [
  [range(10), 2],
  [range(100), 4],
  [range(7), 3],
  [range(2), 5],
  [[], 3],
  [[-5, 5, 42], 1],
];

// The learner gets a copy of each list: what its code does to the copy
// (empty it, say) cannot change the sum these checks expect, which they
// work out from their own list.
export default checks<typeof Exercise>((learner) => [
  ...cases.map(([xs, k]) => {
    const want = xs.reduce((a, b) => a + b, 0);
    return {
      name: `sum(${show(xs)}, ${k}) adds up the list`,
      async run(t: T) {
        const r = await t.run(() => learner.sum(copy(xs), k));
        t.noDeadlock(r);
        t.equal(r.value, want, `sum(${show(xs)}, ${k})`);
      },
    };
  }),
  {
    name: "uses no goroutines but the k workers (and one to close the channel)",
    async run(t) {
      const r = await t.run(() => learner.sum(range(1000), 4));
      t.noDeadlock(r);
      // The caller, 4 workers, and a goroutine that may close the channel.
      t.atMostGoroutines(r, 6);
    },
  },
  {
    name: "shares the work among goroutines",
    seeds: 1,
    async run(t) {
      const r = await t.run(() => learner.sum(range(1000), 4));
      t.noDeadlock(r);
      // The caller and 4 workers, all alive while the partial sums come in.
      t.assert(
        r.peakGoroutines >= 5,
        `sum(list of 1000, 4) had at most ${r.peakGoroutines - 1} goroutine${r.peakGoroutines === 2 ? "" : "s"} besides the caller alive at once, want its 4 workers`,
      );
    },
  },
  {
    name: "starts exactly k workers, each sending its partial sum on a channel",
    async run(t) {
      for (const k of [1, 3, 8]) {
        const what = `sum(list of 1000, ${k})`;
        const r = await t.run(() => learner.sum(range(1000), k), {
          trace: true,
        });
        t.noDeadlock(r);
        // Goroutine 1 is the caller; every other goroutine that sends is a worker.
        const senders = new Set<number>();
        let received = 0;
        for (const e of r.trace) {
          if (e.kind === "send" && e.g !== 1) senders.add(e.g);
          if (e.kind === "recv" && e.g === 1 && e.ok !== false)
            received++;
        }
        t.assert(
          senders.size === k,
          `${what}: ${senders.size} goroutine${senders.size === 1 ? "" : "s"} sent on a channel, want ${k} worker${k === 1 ? "" : "s"} each sending a partial sum`,
        );
        t.assert(
          received === k,
          `${what} received ${received} value${received === 1 ? "" : "s"} from channels, want the ${k} partial sum${k === 1 ? "" : "s"}`,
        );
      }
    },
  },
  {
    name: "has no data race: the workers share nothing but the channel",
    async run(t) {
      const r = await t.run(() => learner.sum(range(100), 4), {
        race: true,
      });
      t.noDeadlock(r);
      t.noRace(r);
    },
  },
  {
    name: "leaves no worker behind",
    async run(t) {
      const r = await t.run(() => learner.sum(range(50), 5));
      t.noDeadlock(r);
      t.noLeaks(r, "sum");
    },
  },
]);
