import { chan, close, recv, select, type RecvChan } from "go";
import * as time from "go/time";
import { checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

/** What a check saw on a channel: the values, and whether it was closed after them. */
interface Seen {
  values: number[];
  closed: boolean;
}

/**
 * Receives up to `max` values from c, waiting at most a minute of virtual
 * time for each: `closed` says whether c was closed after the last one.
 */
async function take(
  c: RecvChan<number>,
  max = Infinity,
): Promise<Seen> {
  const values: number[] = [];
  while (values.length < max) {
    const got = await select([
      recv(c, (v, ok) => (ok ? { v } : ("closed" as const))),
      recv(time.after(time.Minute), () => "silent" as const),
    ]);
    if (got === "closed") return { values, closed: true };
    if (got === "silent") return { values, closed: false };
    values.push(got.v);
  }
  return { values, closed: false };
}

/** A channel holding values, closed after them unless `open`: no goroutine of the check's own. */
async function input(
  values: number[],
  open = false,
): Promise<RecvChan<number>> {
  const c = chan<number>(values.length);
  for (const v of values) await c.send(v);
  if (!open) c.close();
  return c;
}

/**
 * Builds a stage with `start`, closes done, and checks twice, in two runs of
 * the same seed: that no goroutine is left (where they wait, if any), and
 * that the stage's channel is then closed, after at most `extra` values (a
 * select may still pick a send that was ready when done closed).
 */
async function stops(
  t: T,
  what: string,
  extra: number,
  start: (done: RecvChan<void>) => Promise<RecvChan<number>>,
) {
  const stop = async (drain: boolean) => {
    const done = chan<void>();
    const out = await start(done);
    close(done);
    await time.sleep(time.Millisecond);
    return drain ? take(out) : null;
  };
  const left = await t.run(() => stop(false));
  t.noDeadlock(left);
  t.noLeaks(left, `${what} then close(done):`);
  const r = await t.run(() => stop(true));
  t.noDeadlock(r);
  t.equal(
    r.value?.closed,
    true,
    `${what} then close(done): its channel closed`,
  );
  const late = r.value?.values.length ?? 0;
  t.assert(
    late <= extra,
    `${what} then close(done): ${late} more values came out after done was closed, want at most ${extra}`,
  );
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

export default checks<typeof Exercise>((learner) => [
  {
    name: "generate sends its numbers in order, then closes",
    async run(t) {
      const r = await t.run(async () => {
        const done = chan<void>();
        return [
          await take(learner.generate(done, 3, 1, 4, 1, 5)),
          await take(learner.generate(done)),
        ];
      });
      t.noDeadlock(r);
      t.equal(
        r.value?.[0],
        { values: [3, 1, 4, 1, 5], closed: true },
        "generate(done, 3, 1, 4, 1, 5)",
      );
      t.equal(
        r.value?.[1],
        { values: [], closed: true },
        "generate(done)",
      );
      t.noLeaks(r, "generate");
    },
  },
  {
    name: "square squares every value in order, and closes when its input closes",
    async run(t) {
      const r = await t.run(async () => {
        const done = chan<void>();
        return take(learner.square(done, await input([1, 2, 3, 4, 5])));
      });
      t.noDeadlock(r);
      t.equal(
        r.value,
        { values: [1, 4, 9, 16, 25], closed: true },
        "square(done, [1 2 3 4 5])",
      );
      t.noLeaks(r, "square");
    },
  },
  {
    name: "merge passes on every value of every input, and closes after the last",
    async run(t) {
      const r = await t.run(async () => {
        const done = chan<void>();
        const merged = learner.merge(
          done,
          await input([1, 2, 3]),
          await input([10, 20]),
          await input([]),
          await input([100]),
        );
        return [
          await take(merged),
          await take(learner.merge<number>(done)),
        ];
      });
      t.noDeadlock(r);
      const [all, none] = r.value ?? [];
      t.equal(
        all?.closed,
        true,
        "merge(done, [1 2 3], [10 20], [], [100]) closed",
      );
      t.equal(
        sorted(all?.values ?? []),
        [1, 2, 3, 10, 20, 100],
        "sorted, the values of merge(done, [1 2 3], [10 20], [], [100])",
      );
      const ofFirst = all?.values.filter((v) => v < 10);
      t.equal(
        ofFirst,
        [1, 2, 3],
        "merge(done, [1 2 3], …): the first input's values, in the order they came out",
      );
      t.equal(
        none,
        { values: [], closed: true },
        "merge(done), with no inputs",
      );
      t.noLeaks(r, "merge");
    },
  },
  {
    name: "merge forwards from every input at once, not one input after another",
    async run(t) {
      const r = await t.run(async () => {
        const done = chan<void>();
        const quiet1 = chan<number>();
        const quiet2 = chan<number>();
        const merged = learner.merge(
          done,
          quiet1,
          await input([1, 2, 3]),
          quiet2,
        );
        const early = await take(merged, 3);
        close(quiet1);
        close(quiet2);
        return [early, await take(merged)];
      });
      t.noDeadlock(r);
      const [early, rest] = r.value ?? [];
      t.equal(
        early?.values,
        [1, 2, 3],
        "merge(done, silent, [1 2 3], silent): what came out while the other two inputs stayed open and silent",
      );
      t.equal(
        rest,
        { values: [], closed: true },
        "merge(done, …) after the silent inputs closed",
      );
      t.noLeaks(r, "merge");
    },
  },
  {
    name: "the whole pipeline, generate → 3 × square → merge, gives every square",
    async run(t) {
      const r = await t.run(async () => {
        const done = chan<void>();
        const nums = learner.generate(done, ...range(10));
        const squares = [1, 2, 3].map(() => learner.square(done, nums));
        return take(learner.merge(done, ...squares));
      });
      t.noDeadlock(r);
      t.equal(r.value?.closed, true, "merge(…) closed");
      t.equal(
        sorted(r.value?.values ?? []),
        range(10).map((n) => n * n),
        "sorted, the squares of 1 … 10",
      );
      t.noLeaks(r, "the pipeline");
    },
  },
  {
    name: "when the consumer takes 3 squares and closes done, every stage stops",
    async run(t) {
      const r = await t.run(async () => {
        const done = chan<void>();
        const nums = learner.generate(done, ...range(100));
        const merged = learner.merge(
          done,
          learner.square(done, nums),
          learner.square(done, nums),
        );
        const first = await take(merged, 3);
        close(done);
        return first;
      });
      t.noDeadlock(r);
      t.equal(
        r.value?.values.length,
        3,
        "how many squares came out before done was closed",
      );
      t.noLeaks(r, "the pipeline, after close(done),");
    },
  },
  {
    name: "generate stops, and closes its channel, when done is closed",
    async run(t) {
      await stops(
        t,
        "generate(done, 1 … 100), read twice,",
        1,
        async (done) => {
          const nums = learner.generate(done, ...range(100));
          await take(nums, 2);
          return nums;
        },
      );
    },
  },
  {
    name: "square stops, and closes its channel, when done is closed while it waits to receive",
    async run(t) {
      await stops(
        t,
        "square(done, [1 2] and then silence), read twice,",
        1,
        async (done) => {
          const squares = learner.square(
            done,
            await input([1, 2], true),
          );
          const first = await take(squares, 2);
          if (first.values.join() !== "1,4")
            throw new Error(
              `square(done, [1 2]) gave [${first.values.join(" ")}], want [1 4]`,
            );
          return squares;
        },
      );
    },
  },
  {
    name: "square stops, and closes its channel, when done is closed while it waits to send",
    async run(t) {
      await stops(
        t,
        "square(done, [7 8 9 …]) with no reader",
        1,
        async (done) => {
          const squares = learner.square(
            done,
            await input([7, 8, 9], true),
          );
          await time.sleep(time.Millisecond); // square waits to send 49
          return squares;
        },
      );
    },
  },
  {
    name: "merge stops, and closes its channel, when done is closed",
    async run(t) {
      await stops(
        t,
        "merge(done, silent, [1 2 3 …]), read once,",
        2,
        async (done) => {
          const merged = learner.merge(
            done,
            chan<number>(),
            await input([1, 2, 3], true),
          );
          await take(merged, 1);
          return merged;
        },
      );
    },
  },
]);
