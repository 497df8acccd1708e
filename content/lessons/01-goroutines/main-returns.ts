import { go } from "go";
import * as time from "go/time";

async function ticker() {
  for (let step = 1; ; step++) {
    console.log(`ticker: step ${step}`);
    await time.sleep(30 * time.Millisecond);
  }
}

export async function main() {
  go(ticker);

  await time.sleep(100 * time.Millisecond);
  console.log("main: returning");
  // The ticker never stops, but the program ends here anyway.
}
