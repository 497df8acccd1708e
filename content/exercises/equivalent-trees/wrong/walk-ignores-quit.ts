// Mistake: walk never looks at quit, so a walker stopped partway waits to
// send forever; same drains the longer channel to keep its own walkers from
// leaking, which hides the mistake from same's checks.
// Caught by: "walk stops, closes the channel and returns when quit is closed partway"
import { chan, go, type RecvChan, type SendChan } from "go";
import type { Tree } from "../solution.ts";

export { newTree, type Tree } from "../solution.ts";

async function visit(
  t: Tree | null,
  ch: SendChan<number>,
): Promise<void> {
  if (t === null) return;
  await visit(t.left, ch);
  await ch.send(t.value);
  await visit(t.right, ch);
}

export async function walk(
  t: Tree | null,
  ch: SendChan<number>,
  _quit: RecvChan<void>,
) {
  await visit(t, ch);
  ch.close();
}

export async function same(t1: Tree, t2: Tree): Promise<boolean> {
  const c1 = chan<number>();
  const c2 = chan<number>();
  const quit = chan<void>();
  go(walk, t1, c1, quit);
  go(walk, t2, c2, quit);
  let equal = true;
  for (;;) {
    const [v1, ok1] = await c1.recvOk();
    const [v2, ok2] = await c2.recvOk();
    if (ok1 !== ok2 || v1 !== v2) equal = false;
    if (!ok1 && !ok2) break;
    if (!ok1) {
      for await (const _ of c2);
      break;
    }
    if (!ok2) {
      for await (const _ of c1);
      break;
    }
  }
  quit.close();
  return equal;
}
