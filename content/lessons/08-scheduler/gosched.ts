import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as sync from "go/sync";

// Two goroutines, each printing three steps; `polite` ones give the
// processor away after every step.
async function twoWorkers(polite: boolean) {
  const wg = new sync.WaitGroup();
  for (const name of ["A", "B"]) {
    wg.go(async () => {
      for (let step = 1; step <= 3; step++) {
        fmt.print(`${name}${step} `);
        if (polite) await runtime.gosched();
      }
    });
  }
  await wg.wait();
  fmt.println();
}

export async function main() {
  runtime.GOMAXPROCS(1);
  await twoWorkers(false);
  await twoWorkers(true);
}
