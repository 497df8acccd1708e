// Mistake: walk sends every value but never closes the channel, so a
// receiver waiting for the end of the tree waits forever.
// Caught by: "walk sends the values of a tree in order, then closes the channel"
import {
  chan,
  go,
  recv,
  type RecvChan,
  select,
  send,
  type SendChan,
} from "go";
import type { Tree } from "../solution.ts";

export { newTree, type Tree } from "../solution.ts";

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

export async function walk(
  t: Tree | null,
  ch: SendChan<number>,
  quit: RecvChan<void>,
) {
  await visit(t, ch, quit);
}

// As in solution.ts, but it must be here to call this file's walk.
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
    quit.close();
  }
}
