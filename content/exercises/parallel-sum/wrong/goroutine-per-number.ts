// Mistake: starts a goroutine for every number of the list instead of k
// workers for k parts: a thousand goroutines to add up a thousand numbers.
// Caught by: "uses no goroutines but the k workers (and one to close the channel)"
import { chan, go } from "go";

export async function sum(xs: number[], _k: number): Promise<number> {
  const partials = chan<number>();
  for (const x of xs) go(() => partials.send(x));
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += await partials.recv();
  return total;
}
