import { chan, go, recv, select, type RecvChan } from "go";

/**
 * A channel that closes as soon as any of `channels` closes; null (a
 * channel that never closes) when there are none.
 */
export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  if (channels.length === 0) return null;
  if (channels.length === 1) return channels[0]!;

  const out = chan<void>();
  go(async () => {
    if (channels.length === 2) {
      await select([recv(channels[0]!), recv(channels[1]!)]);
    } else {
      // Wait on three channels here and on the rest through a recursive
      // or, which also gets `out`: when this goroutine closes `out`, the
      // goroutines below it stop too.
      const [a, b, c, ...rest] = channels;
      await select([
        recv(a!),
        recv(b!),
        recv(c!),
        recv(or(...rest, out)),
      ]);
    }
    out.close();
  });
  return out;
}
