// Mistake: the select that sends to both outputs has no case for done, so
// once the readers have gone it waits to send forever.
// Caught by: "stops when done closes, wherever it waits, and leaves nothing behind"
import {
  chan,
  go,
  recv,
  select,
  send,
  type RecvChan,
  type SendChan,
} from "go";

export function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  const out1 = chan<T>(),
    out2 = chan<T>();
  go(async () => {
    try {
      for (;;) {
        const [v, ok] = await select([
          recv(input, (v, ok) => [v, ok] as const),
          recv(done, () => [undefined, false] as const),
        ]);
        if (!ok) return;
        let a: SendChan<T> | null = out1,
          b: SendChan<T> | null = out2;
        while (a || b) {
          const w = await select([
            send(a, v, () => 1),
            send(b, v, () => 2),
          ]);
          if (w === 1) a = null;
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
