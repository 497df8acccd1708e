import { chan, type RecvChan } from "go";

/** A value, or the error that replaced it: Go's (value, err) pair. */
export type Result<T> =
  { value: T; err: null } | { value: null; err: Error };

/** The work on one item. It should give up early when done is closed. */
export type Work<T, R> = (
  done: RecvChan<void>,
  item: T,
) => Promise<Result<R>>;

/**
 * Runs work on every item, at most k at a time, and returns the results in
 * the order of the items, or the first error, having cancelled the rest.
 */
export async function processAll<T, R>(
  items: T[],
  k: number,
  work: Work<T, R>,
): Promise<Result<R[]>> {
  // TODO: this runs one item at a time. Run up to k at once, keep the
  // results in order, and on an error stop starting items, close done,
  // and wait for the ones in progress.
  const done = chan<void>();
  const results: R[] = [];
  for (const item of items) {
    const r = await work(done, item);
    if (r.err !== null) return { value: null, err: r.err };
    results.push(r.value);
  }
  return { value: results, err: null };
}
