import { chan } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as sync from "go/sync";

// Three workers, each doing ten steps of work and noting each step
// in a log (a buffered channel: a send never blocks here).
async function workload(procs: number) {
  runtime.GOMAXPROCS(procs);
  const log = chan<string>(100);
  const wg = new sync.WaitGroup();
  for (const name of ["a", "b", "c"]) {
    wg.go(async () => {
      for (let step = 0; step < 10; step++) await log.send(name);
    });
  }
  await wg.wait();
  log.close();
  let steps = "";
  for await (const name of log) steps += name;
  fmt.printf("GOMAXPROCS(%d): %s\n", procs, steps);
}

export async function main() {
  await workload(1);
  await workload(4);
}
