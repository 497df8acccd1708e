// Mistake: starts a goroutine for every item at once and never uses k:
// nothing bounds the work in progress.
// Caught by: "never has more than k items in progress"
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
