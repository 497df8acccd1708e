import { chan, go, type RecvChan } from "go";
import * as sync from "go/sync";

// These stages work as long as the consumer takes every value. None of them
// listens to done yet: make each one stop, and close its output, when done
// is closed.

/** Sends nums in order on the returned channel, then closes it. */
export function generate(
  done: RecvChan<void>,
  ...nums: number[]
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    for (const n of nums) await out.send(n);
    out.close();
  });
  return out;
}

/** Sends the square of each number from input, in order; closes when input closes. */
export function square(
  done: RecvChan<void>,
  input: RecvChan<number>,
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    for await (const n of input) await out.send(n * n);
    out.close();
  });
  return out;
}

/** Every value from every channel on one channel, which closes when they all have. */
export function merge<T>(
  done: RecvChan<void>,
  ...channels: RecvChan<T>[]
): RecvChan<T> {
  const out = chan<T>();
  const wg = new sync.WaitGroup();
  for (const c of channels) {
    wg.go(async () => {
      for await (const v of c) await out.send(v);
    });
  }
  go(async () => {
    await wg.wait();
    out.close();
  });
  return out;
}
