// Mistake: awaits each greeting in turn, in the caller: no goroutines, so
// the workers run one after another.
// Caught by: "runs the workers at the same time"
import * as time from "go/time";

// greet, as in solution.ts: the checks compile this file alone, for the
// race detector, so it cannot import greet from there.
export async function greet(i: number): Promise<string> {
  await time.sleep((((i * 7) % 10) + 1) * time.Millisecond);
  return `hello from worker ${i}`;
}

export async function helloWorkers(n: number): Promise<string[]> {
  const greetings: string[] = [];
  for (let i = 0; i < n; i++) greetings.push(await greet(i));
  return greetings;
}
