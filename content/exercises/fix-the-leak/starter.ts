import { chan, go } from "go";
import * as sync from "go/sync";

/**
 * Reads a log one line at a time: each call takes a while,
 * then resolves to the next line, or to null at the end.
 */
export type Reader = () => Promise<string | null>;

/**
 * Reads every log at the same time and returns the first line
 * found, in any of them, that contains word; null if none does.
 */
export async function firstMatch(
  readers: Reader[],
  word: string,
): Promise<string | null> {
  const matches = chan<string>();
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
  // Once every log is read to the end, no more matches can come.
  go(async () => {
    await wg.wait();
    matches.close();
  });

  const [line, ok] = await matches.recvOk();
  return ok ? line : null;
}
