import { chan, close, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

// The slow step: each call takes 100ms.
async function slowSquare(x: number): Promise<number> {
  await time.sleep(100 * time.Millisecond);
  return x * x;
}

function generate(done: RecvChan<void>, n: number): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (let i = 1; i <= n; i++) {
        const sent = await select([
          send(out, i, () => true),
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

// squarer is one worker: a stage that runs slowSquare on what it receives.
function squarer(
  done: RecvChan<void>,
  jobs: RecvChan<number>,
): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for await (const x of jobs) {
        const y = await slowSquare(x);
        const sent = await select([
          send(out, y, () => true),
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

// merge is the fan-in: every value from every channel, on one channel,
// which closes when all of them have closed.
function merge<T>(
  done: RecvChan<void>,
  ...channels: RecvChan<T>[]
): RecvChan<T> {
  const out = chan<T>();
  const wg = new sync.WaitGroup();
  for (const c of channels) {
    wg.go(async () => {
      for await (const v of c) {
        const sent = await select([
          send(out, v, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    });
  }
  go(async () => {
    await wg.wait();
    out.close();
  });
  return out;
}

async function squareAll(n: number, workers: number) {
  const done = chan<void>();
  const start = time.now();
  const jobs = generate(done, n);
  // The fan-out: every worker receives from the same jobs channel.
  const outs = Array.from({ length: workers }, () =>
    squarer(done, jobs),
  );
  const results: number[] = [];
  for await (const y of merge(done, ...outs)) {
    results.push(y);
  }
  close(done);
  const took = time.durationString(time.since(start));
  console.log(`${workers} worker(s): ${took}`, results);
}

export async function main() {
  await squareAll(12, 1);
  await squareAll(12, 4);
  await time.sleep(time.Millisecond);
  console.log("goroutines:", runtime.numGoroutine());
}
