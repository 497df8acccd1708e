// Mistake: generate looks at done before each value, then sends with a
// plain send: once blocked on a consumer that has gone, it never sees
// done.
// Caught by: "generate stops, and closes its channel, when done is closed"
import { chan, go, recv, select, type RecvChan } from "go";

export { merge, square } from "../solution.ts";

export function generate(
  done: RecvChan<void>,
  ...nums: number[]
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (const n of nums) {
        const stop = await select(
          [recv(done, () => true)],
          () => false,
        );
        if (stop) return;
        await out.send(n);
      }
    } finally {
      out.close();
    }
  });
  return out;
}
