import { chan, go, recv, select } from "go";
import * as time from "go/time";

/** A search: resolves to its answer after a while. */
export type Search = (query: string) => Promise<string>;

/** The first answer from any of the searches, or null if none arrives within timeout. */
export async function first(
  query: string,
  timeout: time.Duration,
  searches: Search[],
): Promise<string | null> {
  // TODO: run the searches at the same time, keep the first answer,
  // and give up after timeout.
  for (const search of searches) return search(query);
  return null;
}
