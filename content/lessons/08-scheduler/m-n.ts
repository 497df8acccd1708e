import { chan } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as sync from "go/sync";

export async function main() {
  const start = chan<void>();
  const wg = new sync.WaitGroup();

  // Ten thousand goroutines, all waiting for the same signal.
  for (let i = 0; i < 10_000; i++) {
    wg.go(async () => {
      await start.recv();
    });
  }

  fmt.println("CPUs:               ", runtime.numCPU());
  fmt.println("Ps (GOMAXPROCS):    ", runtime.GOMAXPROCS(0));
  fmt.println("goroutines:         ", runtime.numGoroutine());

  start.close();
  await wg.wait();
  fmt.println("goroutines after:   ", runtime.numGoroutine());
}
