// Mistake: gives matches a buffer of one per log instead of a done
// channel: a log with a second match still blocks its reader forever.
// Caught by: "leaves no goroutine behind when several lines match"
import { chan, go } from "go";
import * as sync from "go/sync";
import type { Reader } from "../solution.ts";

export type { Reader } from "../solution.ts";

export async function firstMatch(
  readers: Reader[],
  word: string,
): Promise<string | null> {
  // Room for one match per log: but a log with two matches still blocks.
  const matches = chan<string>(readers.length);
  const wg = new sync.WaitGroup();
  for (const read of readers) {
    wg.go(async () => {
      for (
        let line = await read();
        line !== null;
        line = await read()
      ) {
        if (line.includes(word)) await matches.send(line);
      }
    });
  }
  go(async () => {
    await wg.wait();
    matches.close();
  });
  const [line, ok] = await matches.recvOk();
  return ok ? line : null;
}
