// Mistake: merge closes its output as soon as the first input ends, while
// the other forwarders are still sending on it.
// Caught by: "merge passes on every value of every input, and closes after the last"
import { chan, go, recv, select, send, type RecvChan } from "go";

export { generate, square } from "../solution.ts";

export function merge<T>(
  done: RecvChan<void>,
  ...channels: RecvChan<T>[]
): RecvChan<T> {
  const out = chan<T>();
  let closed = false;
  for (const c of channels) {
    go(async () => {
      for await (const v of c) {
        const sent = await select([
          send(out, v, () => true),
          recv(done, () => false),
        ]);
        if (!sent) break;
      }
      if (!closed) {
        closed = true;
        out.close();
      }
    });
  }
  return out;
}
