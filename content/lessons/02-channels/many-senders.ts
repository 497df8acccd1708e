import { chan, go, type SendChan } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

async function measure(
  station: string,
  delay: time.Duration,
  out: SendChan<string>,
  wg: sync.WaitGroup,
) {
  try {
    await time.sleep(delay); // the reading takes a while
    await out.send(`${station}: ${delay / time.Millisecond} ms`);
  } finally {
    wg.done();
  }
}

export async function main() {
  const readings = chan<string>();
  const wg = new sync.WaitGroup();
  const stations: [string, number][] = [
    ["north", 30],
    ["south", 10],
    ["east", 20],
  ];
  for (const [name, ms] of stations) {
    wg.add(1);
    go(measure, name, ms * time.Millisecond, readings, wg);
  }

  // The closer: once every sender is done, and only then, close.
  go(async () => {
    await wg.wait();
    readings.close();
  });

  for await (const reading of readings) {
    console.log(reading);
  }
  console.log("every station has reported");
}
