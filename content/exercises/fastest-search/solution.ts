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
  // Room for every answer: the searches that lose can still deliver theirs and end.
  const answers = chan<string>(searches.length);
  for (const search of searches) {
    go(async () => answers.send(await search(query)));
  }
  return select([
    recv(answers, (a) => a),
    recv(time.after(timeout), () => null),
  ]);
}
