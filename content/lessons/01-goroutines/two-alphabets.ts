import { go } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as sync from "go/sync";

function printAlphabet(first: string) {
  const start = first.charCodeAt(0);
  for (let round = 0; round < 3; round++) {
    for (let code = start; code < start + 26; code++) {
      fmt.printf("%c ", code);
    }
  }
}

export async function main() {
  runtime.GOMAXPROCS(1); // one processor: goroutines take turns

  const wg = new sync.WaitGroup();
  wg.add(2);
  console.log("start");

  go(() => {
    printAlphabet("a");
    wg.done();
  });
  go(() => {
    printAlphabet("A");
    wg.done();
  });

  console.log("waiting");
  await wg.wait();
  console.log("\ndone");
}
