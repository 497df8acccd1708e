import { go } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

/** Worker i's greeting. Like real work, it takes a little while. */
export async function greet(i: number): Promise<string> {
  await time.sleep((((i * 7) % 10) + 1) * time.Millisecond);
  return `hello from worker ${i}`;
}

/**
 * Starts n workers, each in its own goroutine; worker i computes greet(i).
 * Returns the greetings, worker i's at index i, once every worker is done.
 */
export async function helloWorkers(n: number): Promise<string[]> {
  // One slot per worker: each writes only its own, so none waits for another.
  const greetings = new Array<string>(n);
  const wg = new sync.WaitGroup();
  for (let i = 0; i < n; i++) {
    wg.add(1); // before go: wait() must never see the count before this worker is in it
    go(async () => {
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
