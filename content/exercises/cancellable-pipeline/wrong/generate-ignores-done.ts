// Mistake: generate never looks at done: it waits to send its next value
// forever once the consumer stops reading.
// Caught by: "generate stops, and closes its channel, when done is closed"
import { chan, go, type RecvChan } from "go";

export { merge, square } from "../solution.ts";

export function generate(
  done: RecvChan<void>,
  ...nums: number[]
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (const n of nums) {
        await out.send(n);
      }
    } finally {
      out.close();
    }
  });
  return out;
}
