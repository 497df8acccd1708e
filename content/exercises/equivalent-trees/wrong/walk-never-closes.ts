// Mistake: walk sends every value but never closes the channel, so a
// receiver waiting for the end of the tree waits forever.
// Caught by: "walk sends the values of a tree in order, then closes the channel"
import { recv, type RecvChan, select, send, type SendChan } from "go";
import type { Tree } from "../solution.ts";

export { newTree, same, type Tree } from "../solution.ts";

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
