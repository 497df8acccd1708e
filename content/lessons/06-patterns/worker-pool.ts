import { chan, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

// n workers take jobs from one channel and send what `work` makes of
// them on another, which closes when every worker has stopped.
function workerPool<In, Out>(
  done: RecvChan<void>,
  jobs: RecvChan<In>,
  n: number,
  work: (job: In) => Promise<Out>,
): RecvChan<Out> {
  const results = chan<Out>();
  const wg = new sync.WaitGroup();
  for (let w = 0; w < n; w++) {
    wg.add(1);
    go(async () => {
      try {
        for (;;) {
          const [job, ok] = await select([
            recv(jobs, (job, ok) => [job, ok] as const),
            recv(done, () => [undefined, false] as const),
          ]);
          if (!ok) return; // no more jobs, or done
          const result = await work(job);
          const sent = await select([
            send(results, result, () => true),
            recv(done, () => false),
          ]);
          if (!sent) return;
        }
      } finally {
        wg.done();
      }
    });
  }
  go(async () => {
    await wg.wait();
    results.close();
  });
  return results;
}

// Feeds the photos' names into a channel, until done.
function photos(done: RecvChan<void>, n: number): RecvChan<string> {
  const out = chan<string>();
  go(async () => {
    try {
      for (let i = 1; i <= n; i++) {
        const sent = await select([
          send(out, `photo${i}.jpg`, () => true),
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

async function thumbnail(name: string): Promise<string> {
  await time.sleep(100 * time.Millisecond); // slow work
  return name.replace(".jpg", "-small.jpg");
}

export async function main() {
  const start = time.now();
  const done = chan<void>();
  const thumbs = workerPool(done, photos(done, 20), 3, thumbnail);
  console.log("goroutines:", runtime.numGoroutine());

  for (let i = 0; i < 6; i++) {
    const thumb = await thumbs.recv();
    console.log(thumb, "at", time.durationString(time.since(start)));
  }
  done.close(); // six are enough: stop the pool
  await time.sleep(time.Second); // workers finish the photo in hand
  console.log("goroutines after done:", runtime.numGoroutine());
}
