import { chan, go } from "go";

/** The sum of xs, computed by k goroutines that each sum one part. */
export async function sum(xs: number[], k: number): Promise<number> {
  // TODO: split xs into k parts, sum each part in its own goroutine,
  // and add up the partial sums they send on a channel.
  let total = 0;
  for (const x of xs) total += x;
  return total;
}
