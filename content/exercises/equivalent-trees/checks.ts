import { chan, go, recv, select } from "go";
import * as time from "go/time";
import { checks } from "tour/testing";
import type * as Exercise from "./solution.ts";

interface Tree {
  left: Tree | null;
  value: number;
  right: Tree | null;
}

// The checks grow their own trees, so a learner's newTree cannot bend them.
function grow(values: number[]): Tree {
  let root: Tree | null = null;
  const insert = (t: Tree | null, v: number): Tree => {
    if (t === null) return { left: null, value: v, right: null };
    if (v < t.value) t.left = insert(t.left, v);
    else t.right = insert(t.right, v);
    return t;
  };
  for (const v of values) root = insert(root, v);
  return root!;
}

// A shape chosen by the seed (Math.random follows it inside a run). Every
// tree is grown inside the run that hands it to the learner and never used
// again, and the answers expected are spelt out: what the learner's code
// does to a tree cannot change them.
function shuffled(k: number, n = 10): Tree {
  const values = Array.from({ length: n }, (_, i) => (i + 1) * k);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return grow(values);
}

export default checks<typeof Exercise>((learner) => [
  {
    name: "walk sends the values of a tree in order, then closes the channel",
    async run(t) {
      const r = await t.run(async () => {
        const ch = chan<number>();
        go(learner.walk, shuffled(1), ch, chan<void>());
        const got: number[] = [];
        for await (const v of ch) got.push(v);
        return got;
      });
      t.noDeadlock(r);
      t.equal(
        r.value,
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        "the values walk(tree(1)) sent",
      );
    },
  },
  {
    name: "same(tree(1), tree(1)) = true",
    async run(t) {
      const r = await t.run(() =>
        learner.same(shuffled(1), shuffled(1)),
      );
      t.noDeadlock(r);
      t.equal(r.value, true, "same(tree(1), tree(1))");
    },
  },
  {
    name: "same(tree(1), tree(2)) = false",
    async run(t) {
      const r = await t.run(() =>
        learner.same(shuffled(1), shuffled(2)),
      );
      t.noDeadlock(r);
      t.equal(r.value, false, "same(tree(1), tree(2))");
    },
  },
  {
    name: "same tells a tree from a larger one holding the same values and more",
    async run(t) {
      const r = await t.run(() =>
        learner.same(shuffled(1), shuffled(1, 11)),
      );
      t.noDeadlock(r);
      t.equal(r.value, false, "same(tree(1), tree(1) with 11 added)");
      const back = await t.run(() =>
        learner.same(shuffled(1, 11), shuffled(1)),
      );
      t.noDeadlock(back);
      t.equal(
        back.value,
        false,
        "same(tree(1) with 11 added, tree(1))",
      );
    },
  },
  {
    name: "same leaves no walker behind when the trees differ",
    async run(t) {
      const r = await t.run(() =>
        learner.same(shuffled(1), shuffled(2)),
      );
      t.noDeadlock(r);
      t.noLeaks(r, "same");
    },
  },
  {
    name: "same leaves no walker behind when the trees are equal",
    async run(t) {
      const r = await t.run(() =>
        learner.same(shuffled(3), shuffled(3)),
      );
      t.noDeadlock(r);
      t.noLeaks(r, "same");
    },
  },
  {
    name: "walk stops, closes the channel and returns when quit is closed partway",
    async run(t) {
      const r = await t.run(async () => {
        const ch = chan<number>();
        const quit = chan<void>();
        const returned = chan<void>();
        go(async () => {
          await learner.walk(shuffled(1), ch, quit);
          returned.close();
        });
        const got = [await ch.recv(), await ch.recv(), await ch.recv()];
        quit.close();
        const stopped = await select([
          recv(returned, () => true),
          recv(time.after(time.Second), () => false),
        ]);
        // Closed: a receive goes ahead at once with ok = false.
        const closed = await select(
          [recv(ch, (_, ok) => !ok)],
          () => false,
        );
        return { got, stopped, closed };
      });
      t.noDeadlock(r);
      t.equal(
        r.value?.got,
        [1, 2, 3],
        "the first three values walk(tree(1)) sent",
      );
      t.assert(
        r.value?.stopped === true,
        "walk(tree(1), ch, quit) was still running a second after quit was closed, want it to return",
      );
      t.assert(
        r.value?.closed === true,
        "walk(tree(1), ch, quit) returned after quit was closed but left ch open, want it closed",
      );
      t.noLeaks(r, "walk");
    },
  },
  {
    name: "same returns as soon as two values differ",
    seeds: 5,
    async run(t) {
      // 1000 values each, and already the first ones differ: 1 and 2.
      const r = await t.run(() =>
        learner.same(shuffled(1, 1000), shuffled(2, 1000)),
      );
      t.noDeadlock(r);
      t.equal(
        r.value,
        false,
        "same(tree(1), tree(2)) with 1000 values each",
      );
      t.assert(
        r.steps < 200,
        `same(tree(1), tree(2)) with 1000 values each went through ${r.steps} channel operations and other scheduling points, want it to return after the first values differ`,
      );
      t.noLeaks(r, "same");
    },
  },
]);
