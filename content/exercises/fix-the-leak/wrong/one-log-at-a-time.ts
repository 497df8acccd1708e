// Mistake: reads the logs one after another with no goroutines: nothing
// can leak, but a match in a later log waits for every earlier log.
// Caught by: "returns as soon as any log has a match"
import type { Reader } from "../solution.ts";

export type { Reader } from "../solution.ts";

export async function firstMatch(
  readers: Reader[],
  word: string,
): Promise<string | null> {
  // No goroutines, so nothing leaks: but the logs are read one after another.
  for (const read of readers) {
    for (let line = await read(); line !== null; line = await read()) {
      if (line.includes(word)) return line;
    }
  }
  return null;
}
