// Mistake: keeps the first answer but goes on listening for the others,
// returning only when every search has answered.
// Caught by: "returns as soon as the fastest answers"
import { chan, go, recv, select } from "go";
import * as time from "go/time";
import type { Search } from "../solution.ts";

export type { Search } from "../solution.ts";

export async function first(
  query: string,
  timeout: time.Duration,
  searches: Search[],
): Promise<string | null> {
  const answers = chan<string>(searches.length);
  for (const search of searches) {
    go(async () => answers.send(await search(query)));
  }
  // Keeps the first answer but goes on listening for the others: it
  // returns only when every search has answered, or a timeout passes
  // with none.
  let fastest: string | null = null;
  for (let i = 0; i < searches.length; i++) {
    const answer = await select([
      recv(answers, (a) => a),
      recv(time.after(timeout), () => null),
    ]);
    if (answer === null) break;
    fastest ??= answer;
  }
  return fastest;
}
