import { chan, go, type RecvChan } from "go";
import * as runtime from "go/runtime";

// generate streams a list of values, one at a time, then closes.
function generate<T>(...values: T[]): RecvChan<T> {
  const out = chan<T>();
  go(async () => {
    for (const v of values) await out.send(v);
    out.close();
  });
  return out;
}

// integers streams from, from + 1, …, to. Each number is made only when
// the consumer is ready for it: the whole range never exists at once.
function integers(from: number, to: number): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    for (let n = from; n <= to; n++) await out.send(n);
    out.close();
  });
  return out;
}

export async function main() {
  for await (const fruit of generate("apple", "banana", "cherry")) {
    console.log(fruit);
  }

  let sum = 0;
  for await (const n of integers(1, 100_000)) {
    sum += n;
  }
  console.log("1 + 2 + … + 100000 =", sum);

  console.log("goroutines:", runtime.numGoroutine());
}
