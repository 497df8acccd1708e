import { chan, close, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

// repeat sends its values over and over, until done is closed.
function repeat<T>(done: RecvChan<void>, ...values: T[]): RecvChan<T> {
  const out = chan<T>();
  go(async () => {
    try {
      for (let i = 0; ; i = (i + 1) % values.length) {
        const sent = await select([
          send(out, values[i]!, () => true),
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

// take passes on the first n values of c, or fewer if done is closed first.
function take<T>(
  done: RecvChan<void>,
  c: RecvChan<T>,
  n: number,
): RecvChan<T> {
  const out = chan<T>();
  go(async () => {
    try {
      for (let i = 0; i < n; i++) {
        const next = await select([
          recv(c, (v, ok) => (ok ? { v } : null)),
          recv(done, () => null),
        ]);
        if (next === null) return;
        const sent = await select([
          send(out, next.v, () => true),
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
  const done = chan<void>();

  const hands = take(
    done,
    repeat(done, "rock", "paper", "scissors"),
    5,
  );
  for await (const hand of hands) console.log(hand);

  console.log("goroutines before close(done):", runtime.numGoroutine());
  close(done);
  await time.sleep(time.Millisecond); // a moment for them to see it
  console.log("goroutines after:", runtime.numGoroutine());
}
