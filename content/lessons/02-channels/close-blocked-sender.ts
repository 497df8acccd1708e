import { chan, go } from "go";
import * as time from "go/time";

export async function main() {
  const results = chan<number>();

  // Two senders; nobody will ever receive their values.
  for (const n of [1, 2]) {
    go(async () => {
      await results.send(n);
    });
  }

  await time.sleep(10 * time.Millisecond); // both are now blocked in send
  results.close(); // wrong: wakes both senders with a panic
  await time.sleep(10 * time.Millisecond);
  console.log("not reached");
}
