// Mistake: square sends each square with a plain send, so with no reader
// left it waits forever instead of hearing done.
// Caught by: "square stops, and closes its channel, when done is closed while it waits to send"
import { chan, go, recv, select, type RecvChan } from "go";

export { generate, merge } from "../solution.ts";

export function square(
  done: RecvChan<void>,
  input: RecvChan<number>,
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (;;) {
        const next = await select([
          recv(input, (n, ok) => (ok ? { n } : null)),
          recv(done, () => null),
        ]);
        if (next === null) return;
        await out.send(next.n * next.n);
      }
    } finally {
      out.close();
    }
  });
  return out;
}
