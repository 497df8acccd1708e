// Mistake: starts a goroutine for every item at once and never uses k:
// nothing bounds the work in progress.
// Caught by: "never has more than k items in progress"
import { chan, close } from "go";
import * as sync from "go/sync";
import type { Result, Work } from "../solution.ts";

export type { Result, Work } from "../solution.ts";

export async function processAll<T, R>(
  items: T[],
  k: number,
  work: Work<T, R>,
): Promise<Result<R[]>> {
  const done = chan<void>();
  const results: R[] = [];
  let firstErr: Error | null = null;
  const wg = new sync.WaitGroup();
  items.forEach((item, i) =>
    wg.go(async () => {
      const r = await work(done, item);
      if (r.err === null) results[i] = r.value;
      else if (firstErr === null) {
        firstErr = r.err;
        close(done);
      }
    }),
  );
  await wg.wait();
  return firstErr === null
    ? { value: results, err: null }
    : { value: null, err: firstErr };
}
