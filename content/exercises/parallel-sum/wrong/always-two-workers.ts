// Mistake: splits the list in two whatever k says, so the work is shared
// among two goroutines, not k.
// Caught by: "starts exactly k workers, each sending its partial sum on a channel"
import { chan, go } from "go";

export async function sum(xs: number[], _k: number): Promise<number> {
  const k = 2;
  const partials = chan<number>();
  const n = xs.length;
  for (let i = 0; i < k; i++) {
    const part = xs.slice(
      Math.floor((i * n) / k),
      Math.floor(((i + 1) * n) / k),
    );
    go(async () => {
      let s = 0;
      for (const x of part) s += x;
      await partials.send(s);
    });
  }
  let total = 0;
  for (let i = 0; i < k; i++) total += await partials.recv();
  return total;
}
