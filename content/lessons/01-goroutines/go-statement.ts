import { go } from "go";
import * as time from "go/time";

function report(who: string, value: number) {
  console.log(`${who} sees value = ${value}`);
}

export async function main() {
  let value = 1;

  // The arguments are evaluated here, by main: the goroutine gets 1.
  go(report, "goroutine", value);

  value = 2;
  report("main", value);

  // Sleeping blocks main: the new goroutine gets its turn.
  await time.sleep(100 * time.Millisecond);
}
