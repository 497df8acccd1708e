import { chan, go, recv, select, type RecvChan } from "go";

/**
 * A channel that closes as soon as any of `channels` closes; null (a
 * channel that never closes) when there are none.
 */
export function or(
  ...channels: RecvChan<void>[]
): RecvChan<void> | null {
  // TODO: close one channel when the first of `channels` closes, and
  // leave no goroutine waiting on the others.
  return channels[0] ?? null;
}
