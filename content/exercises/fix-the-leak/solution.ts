import { chan, close, go, recv, select, send } from "go";
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
  // Closed when firstMatch returns: nobody wants matches any more.
  const done = chan<void>();
  const matches = chan<string>();
  const wg = new sync.WaitGroup();
  for (const read of readers) {
    wg.go(async () => {
      for (;;) {
        // Before each line: stop if the answer is already in.
        const stop = await select(
          [recv(done, () => true)],
          () => false,
        );
        if (stop) return;
        const line = await read();
        if (line === null) return;
        if (!line.includes(word)) continue;
        // Offer the match, or stop if the answer came from elsewhere.
        const sent = await select([
          send(matches, line, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    });
  }
  // Once every reader has stopped, no more matches can come.
  go(async () => {
    await wg.wait();
    matches.close();
  });

  try {
    const [line, ok] = await matches.recvOk();
    return ok ? line : null;
  } finally {
    close(done);
  }
}
