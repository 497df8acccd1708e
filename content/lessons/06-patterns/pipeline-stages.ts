import { chan, close, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as atomic from "go/sync/atomic";
import * as time from "go/time";

// Counts the values made and not yet used by main, and the most at once.
// Atomics: in the stream, one goroutine makes values while main uses them.
const held = new atomic.Int64();
const most = new atomic.Int64();
function made(x: number): number {
  const now = held.add(1);
  if (now > most.load()) most.store(now); // one maker at a time
  return x;
}
function used(x: number): number {
  held.add(-1);
  return x;
}

// Batch stages: a whole array in, a whole new array out.
const multiplyAll = (xs: number[], k: number) => xs.map((x) => x * k);
const addAll = (xs: number[], k: number) => xs.map((x) => x + k);

// Stream stages: a channel in, a channel out, one value at a time.
function stage(
  done: RecvChan<void>,
  input: RecvChan<number>,
  f: (x: number) => number,
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (;;) {
        const x = await select([
          recv(input, (v, ok) => (ok ? v : null)),
          recv(done, () => null),
        ]);
        if (x === null) return;
        const sent = await select([
          send(out, f(x), () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}

function source(done: RecvChan<void>, n: number): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (let i = 1; i <= n; i++) {
        const sent = await select([
          send(out, made(i), () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}

export async function main() {
  const n = 1000;

  // Batch: every stage finishes all n values before the next begins.
  const numbers = Array.from({ length: n }, (_, i) => made(i + 1));
  const all = addAll(multiplyAll(numbers, 2), 1);
  for (const x of all.slice(0, 3)) console.log("batch:", used(x));
  console.log("batch: most values held at once:", most.load());

  // Stream: each value goes all the way through before the next is made.
  held.store(0);
  most.store(0);
  const done = chan<void>();
  const doubled = stage(done, source(done, n), (x) => x * 2);
  const results = stage(done, doubled, (x) => x + 1);
  for (let i = 0; i < 3; i++) {
    console.log("stream:", used(await results.recv()));
  }
  console.log("stream: most values held at once:", most.load());

  close(done); // main has seen enough: every stage stops
  await time.sleep(time.Millisecond);
  console.log("goroutines after close(done):", runtime.numGoroutine());
}
