import * as fmt from "go/fmt";
import * as sync from "go/sync";
import * as time from "go/time";

const work = time.Millisecond; // a read, or a write, takes 1ms

// One write, then `readers` reads, each reader locking `read`,
// the writer locking `write`. Returns how long it all took.
async function measure(
  readers: number,
  read: sync.Locker,
  write: sync.Locker,
) {
  const start = time.now();
  await write.lock(); // the writer gets in first
  const wg = new sync.WaitGroup();
  for (let i = 0; i < readers; i++) {
    wg.go(async () => {
      await read.lock();
      try {
        await time.sleep(work); // reading
      } finally {
        read.unlock();
      }
    });
  }
  await time.sleep(work); // writing, while the readers wait
  write.unlock();
  await wg.wait();
  return time.durationString(time.since(start));
}

export async function main() {
  fmt.printf("%-8s %-8s %s\n", "readers", "RWMutex", "Mutex");
  for (const readers of [1, 4, 16, 64, 256, 1024]) {
    const rw = new sync.RWMutex();
    const withRW = await measure(readers, rw.rLocker(), rw);
    const mu = new sync.Mutex();
    const withMutex = await measure(readers, mu, mu);
    fmt.printf("%-8d %-8s %s\n", readers, withRW, withMutex);
  }
}
