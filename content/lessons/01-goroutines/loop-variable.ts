import { go } from "go";
import * as sync from "go/sync";

export async function main() {
  const wg = new sync.WaitGroup();

  // One variable for the whole loop, read by every goroutine.
  let shared: number;
  for (shared = 1; shared <= 3; shared++) {
    wg.add(1);
    go(() => {
      console.log("shared:", shared);
      wg.done();
    });
  }
  await wg.wait();

  // `let` in the for statement: each pass has its own `turn`.
  for (let turn = 1; turn <= 3; turn++) {
    wg.add(1);
    go(() => {
      console.log("own:", turn);
      wg.done();
    });
  }
  await wg.wait();
}

// race: intended — goroutines read `shared` while the first loop writes it.
