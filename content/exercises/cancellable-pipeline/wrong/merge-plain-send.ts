// Mistake: merge's forwarders send with a plain send, so they wait forever
// on a consumer that has stopped reading.
// Caught by: "merge stops, and closes its channel, when done is closed"
import { chan, go, recv, select, type RecvChan } from "go";
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
        await out.send(next.v);
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
