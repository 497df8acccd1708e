import { chan, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

// tee copies every value from input to both outputs, in order.
function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  const out1 = chan<T>();
  const out2 = chan<T>();
  go(async () => {
    try {
      for (;;) {
        const next = await select([
          recv(input, (v, ok) => (ok ? { v } : null)),
          recv(done, () => null),
        ]);
        if (next === null) return;
        // Two sends, whichever reader is ready first; then that case is off.
        let a: typeof out1 | null = out1;
        let b: typeof out2 | null = out2;
        for (let i = 0; i < 2; i++) {
          const stop = await select([
            send(a, next.v, () => void (a = null)),
            send(b, next.v, () => void (b = null)),
            recv(done, () => true),
          ]);
          if (stop) return;
        }
      }
    } finally {
      out1.close();
      out2.close();
    }
  });
  return [out1, out2];
}

// count sends 1, 2, 3, … until done is closed.
function count(done: RecvChan<void>): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (let n = 1; ; n++) {
        const sent = await select([
          send(out, n, () => true),
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
  const [fast, slow] = tee(done, count(done));

  const slowFinished = chan<void>();
  go(async () => {
    for await (const n of slow) {
      console.log(`slow got ${n} at ${at()}`);
      await time.sleep(time.Second); // a second of work per value
    }
    slowFinished.close();
  });

  for (let i = 0; i < 4; i++) {
    console.log(`fast got ${await fast.recv()} at ${at()}`);
  }
  done.close();

  await slowFinished.recv();
  await time.sleep(time.Millisecond); // a moment for tee and count to return
  console.log("goroutines:", runtime.numGoroutine());
}
