import { chan, go, recv, select, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

// or closes its result as soon as any one of the channels is closed.
function or(...channels: RecvChan<void>[]): RecvChan<void> {
  return orUntil(null, channels);
}

// orUntil splits the channels in two halves, waits on each half with a
// recursive call, and also stops when `stop` (its parent's result) closes.
function orUntil(
  stop: RecvChan<void> | null,
  channels: RecvChan<void>[],
): RecvChan<void> {
  if (channels.length === 1) return channels[0]!;
  const out = chan<void>();
  if (channels.length === 0) return out; // nobody closes it: never fires
  const mid = Math.floor(channels.length / 2);
  const left = orUntil(out, channels.slice(0, mid));
  const right = orUntil(out, channels.slice(mid));
  go(async () => {
    await select([recv(left), recv(right), recv(stop)]);
    out.close(); // tells the parent, and both halves, that it is over
  });
  return out;
}

// closeAfter returns a channel that is closed after d.
function closeAfter(d: time.Duration): RecvChan<void> {
  const c = chan<void>();
  time.afterFunc(d, () => c.close());
  return c;
}

export async function main() {
  const start = time.now();
  const waits = [
    2 * time.Hour,
    5 * time.Minute,
    time.Second,
    time.Hour,
  ];
  const any = or(...waits.map(closeAfter));
  console.log("goroutines while waiting:", runtime.numGoroutine());

  await any.recv();
  console.log("done after", time.durationString(time.since(start)));
  await time.sleep(time.Millisecond); // a moment for them to return
  console.log("goroutines after:", runtime.numGoroutine());
}
