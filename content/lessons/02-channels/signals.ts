import { chan, close, go, type Chan } from "go";
import * as time from "go/time";

async function runner(
  name: string,
  pace: number,
  start: Chan<void>,
  finished: Chan<void>,
) {
  await start.recv(); // wait for the starting signal
  await time.sleep(pace);
  console.log(`${name} finishes in ${time.durationString(pace)}`);
  await finished.send(); // one signal: "I'm in"
}

export async function main() {
  const start = chan<void>(); // carries no values, only events
  const finished = chan<void>();

  go(runner, "Kim", 12 * time.Second, start, finished);
  go(runner, "Lou", 10 * time.Second, start, finished);
  go(runner, "Max", 11 * time.Second, start, finished);

  console.log("ready, set, go!");
  close(start); // every runner waiting on start wakes up

  for (let i = 0; i < 3; i++) await finished.recv();
  console.log("all three are in");
}
