// Mistake: only the send looks at done: a reader whose log has no more
// matches reads on to its end after firstMatch has returned.
// Caught by: "stops reading the logs once it has returned"
import { chan, close, go, recv, select, send } from "go";
import * as sync from "go/sync";
import type { Reader } from "../solution.ts";

export type { Reader } from "../solution.ts";

export async function firstMatch(
  readers: Reader[],
  word: string,
): Promise<string | null> {
  const done = chan<void>();
  const matches = chan<string>();
  const wg = new sync.WaitGroup();
  for (const read of readers) {
    wg.go(async () => {
      // Only the send looks at done: a reader with no more matches
      // reads on to the end of its log.
      for (
        let line = await read();
        line !== null;
        line = await read()
      ) {
        if (!line.includes(word)) continue;
        const sent = await select([
          send(matches, line, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    });
  }
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
