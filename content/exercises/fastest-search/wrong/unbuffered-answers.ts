// Mistake: the answers channel is unbuffered: once the first answer is
// taken, the slower searches wait to send theirs forever.
// Caught by: "leaves no search behind once the slow ones finish"
import { chan, go, recv, select } from "go";
import * as time from "go/time";
import type { Search } from "../solution.ts";

export type { Search } from "../solution.ts";

export async function first(
  query: string,
  timeout: time.Duration,
  searches: Search[],
): Promise<string | null> {
  // Unbuffered: once the first answer is taken, the slower searches
  // wait to send theirs forever.
  const answers = chan<string>();
  for (const search of searches) {
    go(async () => answers.send(await search(query)));
  }
  return select([
    recv(answers, (a) => a),
    recv(time.after(timeout), () => null),
  ]);
}
