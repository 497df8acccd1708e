import { chan, type RecvChan, type SendChan } from "go";

/** A node of a binary search tree. */
export interface Tree {
  left: Tree | null;
  value: number;
  right: Tree | null;
}

function insert(t: Tree | null, v: number): Tree {
  if (t === null) return { left: null, value: v, right: null };
  if (v < t.value) t.left = insert(t.left, v);
  else t.right = insert(t.right, v);
  return t;
}

/** A randomly shaped tree holding k, 2k, …, 10k. */
export function newTree(k: number): Tree {
  const values = Array.from({ length: 10 }, (_, i) => (i + 1) * k);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  let t: Tree | null = null;
  for (const v of values) t = insert(t, v);
  return t!;
}

/** Sends the values of t on ch in order, then closes ch; stops early once quit is closed. */
export async function walk(
  t: Tree | null,
  ch: SendChan<number>,
  quit: RecvChan<void>,
) {
  // TODO: send every value, in order.
  ch.close();
}

/** Reports whether t1 and t2 hold the same values. */
export async function same(t1: Tree, t2: Tree): Promise<boolean> {
  const c1 = chan<number>();
  const c2 = chan<number>();
  const quit = chan<void>();
  // TODO: walk both trees and compare what arrives.
  return true;
}
