// Mistake: nobody closes matches once every reader has stopped, so with no
// match firstMatch waits forever.
// Caught by: "returns null when no line matches, once every log is read"
import { chan, close, go, recv, select, send } from "go";
import type { Reader } from "../solution.ts";

export type { Reader } from "../solution.ts";

export async function firstMatch(
  readers: Reader[],
  word: string,
): Promise<string | null> {
  const done = chan<void>();
  const matches = chan<string>();
  for (const read of readers) {
    go(async () => {
      for (;;) {
        const stop = await select(
          [recv(done, () => true)],
          () => false,
        );
        if (stop) return;
        const line = await read();
        if (line === null) return;
        if (!line.includes(word)) continue;
        const sent = await select([
          send(matches, line, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    });
  }
  // Nobody closes matches when every log ends without one: this waits forever.
  try {
    return await matches.recv();
  } finally {
    close(done);
  }
}
