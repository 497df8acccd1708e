import { go } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

const jobs = [30, 0, 10]; // ms of work; 0: nothing to do

// Does one job; returns early when there is nothing to do.
async function work(ms: number): Promise<string> {
  if (ms === 0) return "skipped";
  await time.sleep(ms * time.Millisecond);
  return `${ms}ms`;
}

// Wrong: each goroutine adds itself to the count.
async function addInside() {
  const wg = new sync.WaitGroup();
  const results = jobs.map(() => "-"); // job i writes results[i]
  jobs.forEach((ms, i) => {
    go(async () => {
      wg.add(1); // too late: wait may have seen 0 already
      try {
        results[i] = await work(ms);
      } finally {
        wg.done();
      }
    });
  });
  await wg.wait();
  return results.join(", ");
}

// Right: add before go, done in finally.
async function addBefore() {
  const wg = new sync.WaitGroup();
  const results = jobs.map(() => "-");
  jobs.forEach((ms, i) => {
    wg.add(1);
    go(async () => {
      try {
        results[i] = await work(ms);
      } finally {
        wg.done(); // however the goroutine ends
      }
    });
  });
  await wg.wait();
  return results.join(", ");
}

// The same, shorter: wg.go(f) does add(1), go(f), and
// done() when f returns.
async function withGo() {
  const wg = new sync.WaitGroup();
  const results = jobs.map(() => "-");
  jobs.forEach((ms, i) => {
    wg.go(async () => {
      results[i] = await work(ms);
    });
  });
  await wg.wait();
  return results.join(", ");
}

export async function main() {
  console.log("add inside go:", await addInside());
  console.log("add before go:", await addBefore());
  console.log("wg.go:        ", await withGo());
}

// race: intended — addInside's join reads results while the jobs write them.
