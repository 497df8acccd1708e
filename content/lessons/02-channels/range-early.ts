import { chan, go, recv, type RecvChan, select, send } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

// Sends 1, 2, 3, … for as long as someone receives.
function countForever(): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    for (let n = 1; ; n++) await out.send(n);
  });
  return out;
}

// The same, but it stops once done is closed.
function countUntil(done: RecvChan<void>): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    for (let n = 1; ; n++) {
      const sent = await select([
        send(out, n, () => true),
        recv(done, () => false),
      ]);
      if (!sent) return;
    }
  });
  return out;
}

export async function main() {
  for await (const n of countForever()) {
    if (n === 3) break; // stop early
  }
  await time.sleep(time.Millisecond);
  console.log(
    "after the first loop:",
    runtime.numGoroutine(),
    "goroutines",
  );

  const done = chan<void>();
  for await (const n of countUntil(done)) {
    if (n === 3) break;
  }
  done.close(); // tells the counter to stop
  await time.sleep(time.Millisecond);
  console.log(
    "after the second loop:",
    runtime.numGoroutine(),
    "goroutines",
  );
}
