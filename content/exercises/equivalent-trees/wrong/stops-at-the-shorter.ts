// Mistake: same compares values only while both trees have some, and
// calls the trees equal when one runs out first: a tree and a larger one
// that begins with the same values look the same.
// Caught by: "same tells a tree from a larger one holding the same values and more"
import { chan, go } from "go";
import { type Tree, walk } from "../solution.ts";

export { newTree, type Tree, walk } from "../solution.ts";

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
      if (!ok1 || !ok2) return true;
      if (v1 !== v2) return false;
    }
  } finally {
    quit.close();
  }
}
