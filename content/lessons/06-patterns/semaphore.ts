import { chan, go } from "go";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

// At most n holders at a time: the channel's n slots are the permits.
function semaphore(n: number) {
  const slots = chan<void>(n);
  return {
    acquire: () => slots.send(), // waits while all n slots are full
    release: () => slots.recv(), // frees a slot; never waits
  };
}

export async function main() {
  const start = time.now();
  const sem = semaphore(3);
  const wg = new sync.WaitGroup();
  let running = 0;

  for (let i = 1; i <= 7; i++) {
    wg.add(1);
    go(async () => {
      await sem.acquire();
      try {
        running++;
        const at = time.durationString(time.since(start));
        console.log(
          `download ${i} starts at ${at}, ${running} running`,
        );
        await time.sleep(100 * time.Millisecond);
        running--;
      } finally {
        await sem.release();
        wg.done();
      }
    });
  }
  console.log("goroutines started:", runtime.numGoroutine() - 1);

  await wg.wait();
  const took = time.durationString(time.since(start));
  console.log(
    `all done in ${took}; goroutines left:`,
    runtime.numGoroutine(),
  );
}
