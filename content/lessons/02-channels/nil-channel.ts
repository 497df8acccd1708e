import { cap, close, len, recover, recv, select } from "go";
import type { Chan } from "go";
import * as fmt from "go/fmt";

export async function main() {
  // A channel variable that was never given a channel: nil.
  const inbox: Chan<string> | null = null;
  console.log("len:", len(inbox), "cap:", cap(inbox));

  try {
    close(inbox);
    console.log("close: done");
  } catch (e) {
    fmt.println("close: panic:", recover(e));
  }

  console.log("receiving...");
  await select([recv(inbox)]); // Go's <-inbox
  console.log("the receive returned");
}
