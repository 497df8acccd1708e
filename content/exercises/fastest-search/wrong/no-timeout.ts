// Mistake: waits for an answer however long it takes: the timeout is never
// used.
// Caught by: "gives up at the timeout and returns null"
import { chan, go } from "go";
import * as time from "go/time";
import type { Search } from "../solution.ts";

export type { Search } from "../solution.ts";

export async function first(
  query: string,
  _timeout: time.Duration,
  searches: Search[],
): Promise<string | null> {
  const answers = chan<string>(searches.length);
  for (const search of searches) {
    go(async () => answers.send(await search(query)));
  }
  // Waits for an answer however long it takes: the timeout is never used.
  return answers.recv();
}
