// Mistake: polls each channel and sleeps a millisecond between rounds, so
// the result closes up to a millisecond late.
// Caught by: "with one channel, closes when it closes"
import { chan, go, recv, select, type RecvChan } from "go";
import * as time from "go/time";

export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  if (channels.length === 0) return null;
  const out = chan<void>();
  go(async () => {
    for (;;) {
      for (const c of channels)
        if (await select([recv(c, () => true)], () => false)) {
          out.close();
          return;
        }
      await time.sleep(time.Millisecond);
    }
  });
  return out;
}
