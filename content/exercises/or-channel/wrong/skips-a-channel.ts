// Mistake: the recursive case passes channels.slice(4) on, dropping the
// fourth channel: or never hears it close.
// Caught by: "closes when any one of n channels closes, wherever it is in the list"
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
      const [a, b, c] = channels;
      await select([
        recv(a!),
        recv(b!),
        recv(c!),
        recv(or(...channels.slice(4), out)),
      ]);
    }
    out.close();
  });
  return out;
}
