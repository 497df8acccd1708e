import { go } from "go";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

export async function main() {
  const count = 100_000;
  const wg = new sync.WaitGroup();
  const start = time.now();

  for (let i = 0; i < count; i++) {
    wg.add(1);
    go(async () => {
      await time.sleep(time.Second);
      wg.done();
    });
  }
  console.log("goroutines alive:", runtime.numGoroutine());

  await wg.wait();
  const took = time.durationString(time.since(start));
  console.log(`all ${count} slept 1s; the program took ${took}`);
}
