// Mistake: starts the workers but never waits for them: it returns before
// any greeting is written, and leaves every worker running.
// Caught by: "leaves no goroutine running when it returns"
import { go } from "go";
import * as time from "go/time";

// greet, as in solution.ts: the checks compile this file alone, for the
// race detector, so it cannot import greet from there.
export async function greet(i: number): Promise<string> {
  await time.sleep((((i * 7) % 10) + 1) * time.Millisecond);
  return `hello from worker ${i}`;
}

export async function helloWorkers(n: number): Promise<string[]> {
  const greetings = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    go(async () => {
      greetings[i] = await greet(i);
    });
  }
  return greetings;
}
