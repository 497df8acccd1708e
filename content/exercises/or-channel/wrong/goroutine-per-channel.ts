// Mistake: one goroutine per channel, each waiting on its own channel
// alone; once the first closes the result, the rest wait forever on
// channels that may never close.
// Caught by: "leaves no goroutine behind once its channel is closed"
import { chan, go, type RecvChan } from "go";

export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  if (channels.length === 0) return null;
  const out = chan<void>();
  let closed = false;
  for (const c of channels)
    go(async () => {
      await c.recv();
      if (!closed) {
        closed = true;
        out.close();
      }
    });
  return out;
}
