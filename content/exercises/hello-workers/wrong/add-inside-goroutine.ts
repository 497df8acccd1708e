// Mistake: calls wg.add(1) inside the goroutine, so wait() can find the
// count still at zero and return before any worker has started.
// Caught by: "returns 5 greetings in order for n = 5"
import { go } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

// greet, as in solution.ts: the checks compile this file alone, for the
// race detector, so it cannot import greet from there.
export async function greet(i: number): Promise<string> {
  await time.sleep((((i * 7) % 10) + 1) * time.Millisecond);
  return `hello from worker ${i}`;
}

export async function helloWorkers(n: number): Promise<string[]> {
  const greetings = new Array<string>(n);
  const wg = new sync.WaitGroup();
  for (let i = 0; i < n; i++) {
    go(async () => {
      wg.add(1);
      try {
        greetings[i] = await greet(i);
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
  return greetings;
}
