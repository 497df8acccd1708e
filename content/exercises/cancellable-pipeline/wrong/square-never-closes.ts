// Mistake: square returns without closing its channel, so the stages after
// it wait forever for the end.
// Caught by: "square squares every value in order, and closes when its input closes"
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
        const next = await select([
          recv(input, (n, ok) => (ok ? { n } : null)),
          recv(done, () => null),
        ]);
        if (next === null) return;
        const sent = await select([
          send(out, next.n * next.n, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      // out is left open
    }
  });
  return out;
}
