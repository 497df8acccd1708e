// Mistake: square receives with a plain range over its input, so while its
// input is silent it cannot hear done.
// Caught by: "square stops, and closes its channel, when done is closed while it waits to receive"
import { chan, go, recv, select, send, type RecvChan } from "go";

export { generate, merge } from "../solution.ts";

export function square(
  done: RecvChan<void>,
  input: RecvChan<number>,
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (;;) {
        const [n, ok] = await input.recvOk();
        const next = ok ? { n } : null;
        if (next === null) return;
        const sent = await select([
          send(out, next.n * next.n, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}
