// Mistake: gives each output a buffer of 1000, so tee runs ahead of a
// reader that has stopped reading and stores values for it.
// Caught by: "waits for the slower reader instead of storing values for it"
import { chan, go, recv, select, send, type RecvChan } from "go";

export function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  const out1 = chan<T>(1000),
    out2 = chan<T>(1000);
  go(async () => {
    try {
      for await (const v of input) {
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
    } finally {
      out1.close();
      out2.close();
    }
  });
  return [out1, out2];
}
