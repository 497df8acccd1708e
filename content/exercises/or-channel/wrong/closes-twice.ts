// Mistake: every goroutine closes the result when its channel closes, so a
// second channel closing closes it again: panic.
// Caught by: "copes with more channels closing after the first"
import { chan, go, recv, select, type RecvChan } from "go";

export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  if (channels.length === 0) return null;
  const out = chan<void>();
  for (const c of channels)
    go(async () => {
      await select([recv(c, () => out.close()), recv(out)]);
    });
  return out;
}
