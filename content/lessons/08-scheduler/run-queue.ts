import { go } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as sync from "go/sync";

export async function main() {
  runtime.GOMAXPROCS(1); // one P, one run queue

  const wg = new sync.WaitGroup();
  for (let i = 1; i <= 5; i++) {
    wg.add(1);
    go(() => {
      fmt.print(`g${i} `);
      wg.done();
    });
    fmt.print(`(made g${i}) `);
  }
  fmt.println("\nmain blocks");
  await wg.wait();
  fmt.println("\nmain runs again");
}
