// Mistake: every part is floor(n / k) long, so when k does not divide the
// length of the list, the last few numbers are in no part at all.
// Caught by: "sum([1 2 … 7], 3) adds up the list"
import { chan, go } from "go";

export async function sum(xs: number[], k: number): Promise<number> {
  const partials = chan<number>();
  const size = Math.floor(xs.length / k);
  for (let i = 0; i < k; i++) {
    const part = xs.slice(i * size, (i + 1) * size);
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
