import { go } from "go";
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
  const greetings: string[] = [];
  for (let i = 0; i < n; i++) {
    go(async () => {
      greetings.push(await greet(i));
    });
  }
  // TODO: wait for the workers, and put each greeting in its place.
  return greetings;
}
