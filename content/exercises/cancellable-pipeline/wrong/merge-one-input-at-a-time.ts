// Mistake: merge reads its inputs one after another, so a silent first
// input holds back every value of the others.
// Caught by: "merge forwards from every input at once, not one input after another"
import { chan, go, recv, select, send, type RecvChan } from "go";
import * as sync from "go/sync";

export { generate, square } from "../solution.ts";

export function merge<T>(
  done: RecvChan<void>,
  ...channels: RecvChan<T>[]
): RecvChan<T> {
  const out = chan<T>();
  const wg = new sync.WaitGroup();
  wg.go(async () => {
    for (const c of channels) {
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
    }
  });
  // Only when every forwarder has returned is it safe to close out.
  go(async () => {
    await wg.wait();
    out.close();
  });
  return out;
}
