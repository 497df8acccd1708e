// Mistake: returns the error of the lowest-numbered failing item, not the
// one that failed first.
// Caught by: "returns the first error to happen, not the first item's"
import { chan, close, recv, select, send } from "go";
import * as sync from "go/sync";
import type { Result, Work } from "../solution.ts";

export type { Result, Work } from "../solution.ts";

export async function processAll<T, R>(
  items: T[],
  k: number,
  work: Work<T, R>,
): Promise<Result<R[]>> {
  const done = chan<void>();
  const slots = chan<void>(k); // one token per item in progress
  const results: R[] = [];
  const wg = new sync.WaitGroup();
  const once = new sync.Once();

  const errs: Error[] = [];

  for (let i = 0; i < items.length; i++) {
    const free = await select([
      send(slots, undefined, () => true),
      recv(done, () => false),
    ]);
    // Both cases may have been ready: never start an item once done is closed.
    const stopped = await select([recv(done, () => true)], () => false);
    if (!free || stopped) break;
    wg.go(async () => {
      try {
        const r = await work(done, items[i]!);
        if (r.err === null) {
          results[i] = r.value; // each goroutine writes only its own place
        } else {
          errs[i] = r.err;
          await once.do(() => close(done));
        }
      } finally {
        await slots.recv();
      }
    });
  }
  await wg.wait();
  const firstErr =
    errs.find((e) => e !== undefined && e.message !== "cancelled") ??
    null;
  if (firstErr !== null) return { value: null, err: firstErr };
  return { value: results, err: null };
}
