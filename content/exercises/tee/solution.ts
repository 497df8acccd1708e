import {
  chan,
  go,
  recv,
  select,
  send,
  type RecvChan,
  type SendChan,
} from "go";

/**
 * Two channels that each get every value from `input`, in order. It stops,
 * closing both, when `input` closes or `done` does.
 */
export function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  const out1 = chan<T>();
  const out2 = chan<T>();
  go(async () => {
    try {
      for (;;) {
        const [v, ok] = await select([
          recv(input, (v, ok) => [v, ok] as const),
          recv(done, () => [undefined, false] as const),
        ]);
        if (!ok) return;
        // Hand v to both, whichever reader is ready first. A case whose
        // channel is null is never ready: that turns it off once sent.
        let a: SendChan<T> | null = out1;
        let b: SendChan<T> | null = out2;
        while (a !== null || b !== null) {
          const sent = await select([
            send(a, v, () => 1),
            send(b, v, () => 2),
            recv(done, () => 0),
          ]);
          if (sent === 0) return;
          if (sent === 1) a = null;
          else b = null;
        }
      }
    } finally {
      out1.close();
      out2.close();
    }
  });
  return [out1, out2];
}
