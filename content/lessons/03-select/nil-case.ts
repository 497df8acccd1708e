import { chan, go, recv, select, type RecvChan } from "go";
import * as time from "go/time";

// Sends the items, one every `gap`, then closes the channel.
function produce<T>(items: T[], gap: time.Duration): RecvChan<T> {
  const out = chan<T>();
  go(async () => {
    for (const item of items) {
      await time.sleep(gap);
      await out.send(item);
    }
    out.close();
  });
  return out;
}

export async function main() {
  const ms = time.Millisecond;
  let letters: RecvChan<string> | null = produce([..."abc"], 20 * ms);
  let digits: RecvChan<number> | null = produce([1, 2], 35 * ms);

  while (letters !== null || digits !== null) {
    await select([
      recv(letters, (letter, ok) => {
        if (ok) console.log("letter", letter);
        else letters = null; // closed: turn this case off
      }),
      recv(digits, (digit, ok) => {
        if (ok) console.log("digit", digit);
        else digits = null;
      }),
    ]);
  }
  console.log("both cases are off");
}
