import {
  chan,
  go,
  recv,
  select,
  send,
  type RecvChan,
  type SendChan,
} from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

// Sends v unless done closes first, and says which happened.
function sendOrDone<T>(done: RecvChan<void>, out: SendChan<T>, v: T) {
  return select([send(out, v, () => true), recv(done, () => false)]);
}

// From the or-done lesson: the values of c, until c or done closes.
function orDone<T>(done: RecvChan<void>, c: RecvChan<T>): RecvChan<T> {
  const out = chan<T>();
  go(async () => {
    try {
      for (;;) {
        const [v, ok] = await select([
          recv(c, (v, ok) => [v, ok] as const),
          recv(done, () => [undefined, false] as const),
        ]);
        if (!ok || !(await sendOrDone(done, out, v))) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}

// Flattens a channel of channels into one channel, in order.
function bridge<T>(
  done: RecvChan<void>,
  streams: RecvChan<RecvChan<T>>,
): RecvChan<T> {
  const out = chan<T>();
  go(async () => {
    try {
      for (;;) {
        const stream = await select([
          recv(streams, (s, ok) => (ok ? s : null)),
          recv(done, () => null),
        ]);
        if (stream === null) return; // no more streams, or done
        for await (const v of orDone(done, stream)) {
          if (!(await sendOrDone(done, out, v))) return;
        }
      }
    } finally {
      out.close();
    }
  });
  return out;
}

// Search results a page at a time: each page is a channel of hits.
function pages(
  done: RecvChan<void>,
  n: number,
): RecvChan<RecvChan<string>> {
  const out = chan<RecvChan<string>>();
  go(async () => {
    try {
      for (let p = 1; p <= n; p++) {
        const page = chan<string>(3);
        for (let i = 1; i <= 3; i++)
          await page.send(`page ${p}, hit ${i}`);
        page.close();
        if (!(await sendOrDone(done, out, page))) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}

export async function main() {
  console.log("goroutines before:", runtime.numGoroutine());
  const done = chan<void>();
  let taken = 0;
  for await (const hit of bridge(done, pages(done, 4))) {
    console.log(hit);
    if (++taken === 5) break; // enough: stop reading
  }
  done.close(); // and tell everyone upstream
  await time.sleep(time.Millisecond); // give them a moment to return
  console.log("goroutines after:", runtime.numGoroutine());
}
