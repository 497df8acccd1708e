import * as atomic from "go/sync/atomic";
import * as sync from "go/sync";
import * as time from "go/time";

export async function main() {
  // new runs in whichever goroutine calls get, so the count
  // is an atomic counter (lesson 9), safe to add to from any.
  const made = new atomic.Int64();
  const buffers = new sync.Pool({
    new: () => {
      made.add(1);
      return new Uint8Array(1024); // a 1 KiB scratch buffer
    },
  });

  // A million requests, in bursts of 1,024 every millisecond.
  const bursts = 1024;
  const burst = 1024;
  const wg = new sync.WaitGroup();
  for (let b = 0; b < bursts; b++) {
    for (let i = 0; i < burst; i++) {
      wg.go(async () => {
        const buf = buffers.get()!;
        try {
          buf.fill(i % 256); // each request needs a buffer
          await time.sleep(500 * time.Microsecond); // for 0.5ms
        } finally {
          buffers.put(buf);
        }
      });
    }
    await time.sleep(time.Millisecond);
  }
  await wg.wait();
  console.log(`requests served: ${bursts * burst}`);
  console.log(`buffers made:    ${made.load()}`);
}

// race: skip — a million goroutines: minutes under the race detector.
