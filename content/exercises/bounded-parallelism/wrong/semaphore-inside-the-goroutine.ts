// Mistake: starts a goroutine per item and takes the semaphore inside it:
// only k work at once, but every waiting item holds a goroutine.
// Caught by: "keeps the number of goroutines bounded by k, not by the number of items"
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
  const sem = chan<void>(k);
  const results: R[] = [];
  let firstErr: Error | null = null;
  const wg = new sync.WaitGroup();
  items.forEach((item, i) =>
    wg.go(async () => {
      await sem.send();
      try {
        if (firstErr !== null) return;
        const r = await work(done, item);
        if (r.err === null) results[i] = r.value;
        else if (firstErr === null) {
          firstErr = r.err;
          close(done);
        }
      } finally {
        await sem.recv();
      }
    }),
  );
  await wg.wait();
  return firstErr === null
    ? { value: results, err: null }
    : { value: null, err: firstErr };
}
