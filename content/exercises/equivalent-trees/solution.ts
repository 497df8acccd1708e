import {
  chan,
  go,
  recv,
  type RecvChan,
  select,
  send,
  type SendChan,
} from "go";

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

// Sends t's values in order; resolves to false once quit is closed.
async function visit(
  t: Tree | null,
  ch: SendChan<number>,
  quit: RecvChan<void>,
): Promise<boolean> {
  if (t === null) return true;
  if (!(await visit(t.left, ch, quit))) return false;
  const sent = await select([
    send(ch, t.value, () => true),
    recv(quit, () => false),
  ]);
  if (!sent) return false;
  return visit(t.right, ch, quit);
}

/** Sends the values of t on ch in order, then closes ch; stops early once quit is closed. */
export async function walk(
  t: Tree | null,
  ch: SendChan<number>,
  quit: RecvChan<void>,
) {
  await visit(t, ch, quit);
  ch.close();
}

/** Reports whether t1 and t2 hold the same values. */
export async function same(t1: Tree, t2: Tree): Promise<boolean> {
  const c1 = chan<number>();
  const c2 = chan<number>();
  const quit = chan<void>();
  go(walk, t1, c1, quit);
  go(walk, t2, c2, quit);
  try {
    for (;;) {
      const [v1, ok1] = await c1.recvOk();
      const [v2, ok2] = await c2.recvOk();
      if (ok1 !== ok2 || v1 !== v2) return false;
      if (!ok1) return true;
    }
  } finally {
    quit.close(); // wakes any walker still waiting to send
  }
}
