// Mistake: appends each result as it finishes, so the results come back in
// the order the work finished, not the order of the items.
// Caught by: "returns every result, in the order of the items"
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
  let firstErr: Error | null = null;

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
          results.push(r.value); // in the order the work finishes
        } else {
          await once.do(() => {
            firstErr = r.err;
            close(done);
          });
        }
      } finally {
        await slots.recv();
      }
    });
  }
  await wg.wait(); // nothing we started outlives the call
  if (firstErr !== null) return { value: null, err: firstErr };
  return { value: results, err: null };
}
