import { chan, go } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as time from "go/time";

// Stands in for a request over the network: the answer arrives
// after `latency`, and until then the goroutine waits.
async function fetch(id: number, latency: time.Duration) {
  await time.sleep(latency);
  return id;
}

export async function main() {
  runtime.GOMAXPROCS(1); // a single P for everything
  const start = time.now();
  const answers = chan<number>();

  for (let id = 0; id < 1000; id++) {
    const latency = (50 + (id % 50)) * time.Millisecond; // 50-99ms
    go(async () => answers.send(await fetch(id, latency)));
  }
  fmt.println("waiting:", runtime.numGoroutine() - 1, "goroutines");

  let sum = 0;
  for (let i = 0; i < 1000; i++) sum += await answers.recv();
  fmt.println("answers:", 1000, "(ids add up to", sum + ")");
  fmt.println("took:", time.durationString(time.since(start)));
}
