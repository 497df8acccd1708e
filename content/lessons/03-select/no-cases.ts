import { chan, go, select, type RecvChan } from "go";
import * as time from "go/time";

// Prints a line for every request, for as long as requests come.
async function serve(requests: RecvChan<string>) {
  for await (const request of requests) {
    console.log("served", request);
  }
}

export async function main() {
  const requests = chan<string>();
  go(serve, requests);
  go(async () => {
    for (const page of ["/", "/about", "/news"]) {
      await time.sleep(time.Second);
      await requests.send(page);
    }
  });

  // Everything happens in other goroutines: main only has to stay.
  await select([]);
}
