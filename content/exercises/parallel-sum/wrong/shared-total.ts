// Mistake: the workers add their partial sums straight into one shared
// total, and a WaitGroup waits for them: no channel, and the total is
// written by several goroutines with nothing ordering the writes.
// Caught by: "has no data race: the workers share nothing but the channel"
import { go } from "go";
import * as sync from "go/sync";

export async function sum(xs: number[], k: number): Promise<number> {
  let total = 0;
  const wg = new sync.WaitGroup();
  const n = xs.length;
  for (let i = 0; i < k; i++) {
    const part = xs.slice(
      Math.floor((i * n) / k),
      Math.floor(((i + 1) * n) / k),
    );
    wg.add(1);
    go(async () => {
      let s = 0;
      for (const x of part) s += x;
      total += s;
      wg.done();
    });
  }
  await wg.wait();
  return total;
}
