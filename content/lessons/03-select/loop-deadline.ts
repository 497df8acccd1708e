import { chan, go, recv, type RecvChan, select } from "go";
import * as time from "go/time";

// A chatty source: a message every 40 ms, eight in all, then silence.
function chatter(): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    for (let n = 1; n <= 8; n++) {
      await time.sleep(40 * time.Millisecond);
      await out.send(n);
    }
  });
  return out;
}

export async function main() {
  // A new timer on every turn: it bounds each wait, not the loop.
  let start = time.now();
  const a = chatter();
  let got = 0;
  for (;;) {
    const more = await select([
      recv(a, () => true),
      recv(time.after(100 * time.Millisecond), () => false),
    ]);
    if (!more) break;
    got++;
  }
  console.log(
    `per wait: ${got} messages in ${time.since(start) / time.Millisecond} ms`,
  );

  // One timer for the whole loop, made before it.
  start = time.now();
  const b = chatter();
  const deadline = time.after(100 * time.Millisecond);
  got = 0;
  for (;;) {
    const more = await select([
      recv(b, () => true),
      recv(deadline, () => false),
    ]);
    if (!more) break;
    got++;
  }
  console.log(
    `whole loop: ${got} messages in ${time.since(start) / time.Millisecond} ms`,
  );
}
