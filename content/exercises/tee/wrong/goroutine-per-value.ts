// Mistake: starts a goroutine per value to send it on out2, so out2's
// values race one another and can arrive out of order (and those
// goroutines ignore the closing of the input).
// Caught by: "both outputs get every value, in order"
import { chan, go, recv, select, send, type RecvChan } from "go";

export function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  const out1 = chan<T>(),
    out2 = chan<T>();
  go(async () => {
    for await (const v of input) {
      go(async () => {
        await select([send(out2, v), recv(done)]);
      });
      if (
        !(await select([
          send(out1, v, () => true),
          recv(done, () => false),
        ]))
      )
        break;
    }
    out1.close();
  });
  return [out1, out2];
}
