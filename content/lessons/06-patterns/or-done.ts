import { chan, close, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

// orDone passes on what arrives on c until c closes or done is closed,
// so the caller can range over a channel it doesn't control.
function orDone<T>(done: RecvChan<void>, c: RecvChan<T>): RecvChan<T> {
  const out = chan<T>();
  go(async () => {
    try {
      for (;;) {
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
  const start = time.now();
  const at = () => time.durationString(time.since(start));
  const done = chan<void>();
  time.afterFunc(3500 * time.Millisecond, () => close(done));

  // A ticker's channel never closes, not even when the ticker is stopped:
  // ranging over it alone would never end.
  const ticker = time.newTicker(time.Second);
  let n = 0;
  for await (const _ of orDone(done, ticker.c)) {
    n++;
    console.log("tick", n, "at", at());
  }
  console.log("loop over at", at());

  await done.recv(); // (already closed here)
  await time.sleep(time.Millisecond); // a moment for orDone to return
  console.log("goroutines:", runtime.numGoroutine());
  ticker.stop(); // in Go, defer ticker.Stop() right after making it
}
