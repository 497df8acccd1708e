// Mistake: the recursive call is not given the result channel, so when one
// of the first channels closes, the inner call's goroutine waits on
// forever.
// Caught by: "leaves no goroutine behind once its channel is closed"
import { chan, go, recv, select, type RecvChan } from "go";

export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  if (channels.length === 0) return null;
  if (channels.length === 1) return channels[0]!;
  const out = chan<void>();
  go(async () => {
    if (channels.length === 2)
      await select([recv(channels[0]!), recv(channels[1]!)]);
    else {
      const [a, b, c, ...rest] = channels;
      await select([recv(a!), recv(b!), recv(c!), recv(or(...rest))]);
    }
    out.close();
  });
  return out;
}
