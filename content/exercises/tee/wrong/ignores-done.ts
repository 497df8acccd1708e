// Mistake: plain sends and a plain range over the input: it never looks at
// done, so a caller that gives up leaves tee blocked forever.
// Caught by: "stops when done closes, wherever it waits, and leaves nothing behind"
import { chan, go, type RecvChan } from "go";

export function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  const out1 = chan<T>(),
    out2 = chan<T>();
  go(async () => {
    for await (const v of input) {
      await out1.send(v);
      await out2.send(v);
    }
    out1.close();
    out2.close();
  });
  return [out1, out2];
}
