// Mistake: returns without closing either output, so a reader ranging over
// one waits forever.
// Caught by: "closing the input closes both outputs"
import { chan, go, recv, select, send, type RecvChan } from "go";

export function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  const out1 = chan<T>(),
    out2 = chan<T>();
  go(async () => {
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
      if (
        !(await select([
          send(out2, v, () => true),
          recv(done, () => false),
        ]))
      )
        return;
    }
  });
  return [out1, out2];
}
