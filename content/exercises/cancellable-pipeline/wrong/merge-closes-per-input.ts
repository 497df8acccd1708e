// Mistake: each of merge's forwarders closes the output when its own input
// ends, while the others still send on it: close of a closed channel, or
// send on one.
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
        if (next === null) {
          out.close();
          return;
        }
        const sent = await select([
          send(out, next.v, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    });
  }
  // Only when every forwarder has returned is it safe to close out.
  go(async () => {
    await wg.wait();
    out.close();
  });
  return out;
}
