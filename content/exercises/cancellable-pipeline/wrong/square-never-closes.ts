// Mistake: square returns without closing its channel, so the stages after
// it wait forever for the end.
// Caught by: "square squares every value in order, and closes when its input closes"
import { chan, go, recv, select, send, type RecvChan } from "go";
import * as sync from "go/sync";

/** Sends nums in order on the returned channel, then closes it; stops early when done is closed. */
export function generate(
  done: RecvChan<void>,
  ...nums: number[]
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (const n of nums) {
        const sent = await select([
          send(out, n, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}

/** Sends the square of each number from input, in order; closes when input closes or done is closed. */
export function square(
  done: RecvChan<void>,
  input: RecvChan<number>,
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (;;) {
        const next = await select([
          recv(input, (n, ok) => (ok ? { n } : null)),
          recv(done, () => null),
        ]);
        if (next === null) return;
        const sent = await select([
          send(out, next.n * next.n, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      // out is left open
    }
  });
  return out;
}

/** Every value from every channel on one channel, which closes when they all have, or when done is closed. */
export function merge<T>(
  done: RecvChan<void>,
  ...channels: RecvChan<T>[]
): RecvChan<T> {
  const out = chan<T>();
  const wg = new sync.WaitGroup();
  for (const c of channels) {
    wg.go(async () => {
      for (;;) {
        const next = await select([
          recv(c, (v, ok) => (ok ? { v } : null)),
          recv(done, () => null),
        ]);
        if (next === null) return;
        const sent = await select([
          send(out, next.v, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    });
  }
  // Only when every forwarder has returned is it safe to close out.
  go(async () => {
    await wg.wait();
    out.close();
  });
  return out;
}
