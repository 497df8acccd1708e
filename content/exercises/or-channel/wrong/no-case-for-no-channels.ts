// Mistake: with no channels it starts a goroutine whose select has no
// cases, which blocks forever, instead of returning null.
// Caught by: "stays open while none of the channels is closed"
import { chan, go, recv, select, type RecvChan } from "go";

export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  const out = chan<void>();
  go(async () => {
    await select(channels.map((c) => recv(c)));
    out.close();
  });
  return out;
}
