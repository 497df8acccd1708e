// Mistake: signals by sending one value on a buffered channel instead of
// closing it, so only one receiver ever hears of it.
// Caught by: "every receiver sees it closed, not just one"
import { chan, go, recv, select, type RecvChan } from "go";

export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  if (channels.length === 0) return null;
  const out = chan<void>(1);
  go(async () => {
    await select(channels.map((c) => recv(c)));
    await out.send();
  });
  return out;
}
