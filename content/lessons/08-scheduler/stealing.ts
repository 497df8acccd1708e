import { chan } from "go";
import * as atomic from "go/sync/atomic";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as sync from "go/sync";

// One maker queues eight jobs and starts a goroutine for each; it
// never blocks while doing so. Returns how many of the eight started
// before the maker was done.
async function makeEight(): Promise<number> {
  const making = new atomic.Bool();
  const early = new atomic.Int32();
  const jobs = chan<number>(8); // room for all eight: sends never wait
  const wg = new sync.WaitGroup();

  making.store(true);
  for (let i = 1; i <= 8; i++) {
    await jobs.send(i);
    wg.go(async () => {
      await jobs.recv();
      if (making.load()) early.add(1);
    });
  }
  making.store(false);
  await wg.wait();
  return early.load();
}

export async function main() {
  for (const procs of [1, 4]) {
    runtime.GOMAXPROCS(procs);
    let early = 0;
    for (let round = 0; round < 100; round++)
      early += await makeEight();
    fmt.printf(
      "GOMAXPROCS(%d): %d of 800 started before their maker was done\n",
      procs,
      early,
    );
  }
}
