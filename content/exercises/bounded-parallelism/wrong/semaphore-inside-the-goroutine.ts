// Mistake: starts a goroutine per item and takes the semaphore inside it:
// only k work at once, but every waiting item holds a goroutine.
// Caught by: "keeps the number of goroutines bounded by k, not by the number of items"
import { chan, close, type RecvChan } from "go";
import * as sync from "go/sync";

/** A value, or the error that replaced it: Go's (value, err) pair. */
export type Result<T> =
  { value: T; err: null } | { value: null; err: Error };

/** The work on one item. It should give up early when done is closed. */
export type Work<T, R> = (
  done: RecvChan<void>,
  item: T,
) => Promise<Result<R>>;

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
