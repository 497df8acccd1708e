import { chan, go, type Chan } from "go";
import * as fmt from "go/fmt";

async function fibonacciBelow(limit: number, out: Chan<number>) {
  for (let a = 0, b = 1; a < limit; [a, b] = [b, a + b]) {
    await out.send(a);
  }
  out.close(); // ends the range loop in main
}

export async function main() {
  const numbers = chan<number>();
  go(fibonacciBelow, 1000, numbers);

  let count = 0;
  for await (const n of numbers) {
    fmt.printf("%d ", n);
    count++;
  }
  fmt.printf("\n%d Fibonacci numbers below 1000\n", count);
}
