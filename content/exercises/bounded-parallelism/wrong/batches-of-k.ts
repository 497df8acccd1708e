// Mistake: works in batches of k, waiting for a whole batch before
// starting the next, so one slow item holds up k - 1 free places.
// Caught by: "starts the next item as soon as one finishes, not when a whole batch has"
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
  for (
    let start = 0;
    start < items.length && firstErr === null;
    start += k
  ) {
    const wg = new sync.WaitGroup();
    for (let i = start; i < Math.min(start + k, items.length); i++) {
      wg.go(async () => {
        const r = await work(done, items[i]!);
        if (r.err === null) results[i] = r.value;
        else if (firstErr === null) {
          firstErr = r.err;
          close(done);
        }
      });
    }
    await wg.wait();
  }
  return firstErr === null
    ? { value: results, err: null }
    : { value: null, err: firstErr };
}
