// Mistake: sends on out2 only if its reader is ready at that instant,
// dropping the values a slower reader was not yet waiting for.
// Caught by: "both get every value when one reader is slower"
import { chan, go, recv, select, send, type RecvChan } from "go";

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
        if (
          !(await select([
            send(out1, v, () => true),
            recv(done, () => false),
          ]))
        )
          return;
        await select([send(out2, v)], () => {}); // out2 not ready? skip it
      }
    } finally {
      out1.close();
      out2.close();
    }
  });
  return [out1, out2];
}
