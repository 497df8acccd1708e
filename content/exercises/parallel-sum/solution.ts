import { chan, go } from "go";

/** The sum of xs, computed by k goroutines that each sum one part. */
export async function sum(xs: number[], k: number): Promise<number> {
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
