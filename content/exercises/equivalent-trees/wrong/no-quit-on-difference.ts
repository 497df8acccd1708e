// Mistake: same returns at the first difference without closing quit, so
// both walkers wait to send their next values forever.
// Caught by: "same leaves no walker behind when the trees differ"
import { chan, go } from "go";
import { type Tree, walk } from "../solution.ts";

export { newTree, type Tree, walk } from "../solution.ts";

export async function same(t1: Tree, t2: Tree): Promise<boolean> {
  const c1 = chan<number>();
  const c2 = chan<number>();
  const quit = chan<void>();
  go(walk, t1, c1, quit);
  go(walk, t2, c2, quit);
  for (;;) {
    const [v1, ok1] = await c1.recvOk();
    const [v2, ok2] = await c2.recvOk();
    if (ok1 !== ok2 || v1 !== v2) return false;
    if (!ok1) {
      quit.close();
      return true;
    }
  }
}
