// Mistake: every worker pushes its greeting onto one shared array, and the
// caller sorts them afterwards; the array is written by many goroutines
// with nothing ordering the writes.
// Caught by: "has no data race: each worker writes only its own place"
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
  const out: { i: number; g: string }[] = [];
  const wg = new sync.WaitGroup();
  for (let i = 0; i < n; i++) {
    wg.add(1);
    go(async () => {
      try {
        out.push({ i, g: await greet(i) });
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
  return out.sort((a, b) => a.i - b.i).map((x) => x.g);
}
