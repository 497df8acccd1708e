// Mistake: merge closes its output only when done is closed, never when
// every input has ended, so a consumer ranging over it waits forever.
// Caught by: "merge passes on every value of every input, and closes after the last"
import { chan, go, recv, select, send, type RecvChan } from "go";
import * as sync from "go/sync";

export { generate, square } from "../solution.ts";

export function merge<T>(
  done: RecvChan<void>,
  ...channels: RecvChan<T>[]
): RecvChan<T> {
  const out = chan<T>();
  const wg = new sync.WaitGroup();
  for (const c of channels) {
    wg.go(async () => {
      for (;;) {
        const next = await select([
          recv(c, (v, ok) => (ok ? { v } : null)),
          recv(done, () => null),
        ]);
        if (next === null) return;
        const sent = await select([
          send(out, next.v, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    });
  }
  // Closes out when done closes, and only then.
  go(async () => {
    await done.recv();
    out.close();
  });
  return out;
}
