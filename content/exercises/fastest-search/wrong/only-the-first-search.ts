// Mistake: no goroutines: it asks the first search in the list and waits
// for it, even when another would answer sooner.
// Caught by: "returns the fastest answer"
import * as time from "go/time";
import type { Search } from "../solution.ts";

export type { Search } from "../solution.ts";

export async function first(
  query: string,
  _timeout: time.Duration,
  searches: Search[],
): Promise<string | null> {
  // No goroutines: asks the first search and waits for it, even when
  // another would have answered sooner.
  if (searches.length === 0) return null;
  return searches[0]!(query);
}
