import { chan, go } from "go";
import * as fmt from "go/fmt";
import * as time from "go/time";

export async function main() {
  // Virtual time: computing costs nothing, waiting costs exactly
  // what it says.
  let start = time.now();
  let total = 0;
  for (let i = 0; i < 3_000_000; i++) total += i % 7;
  fmt.printf(
    "3,000,000 additions (sum %d) took %s\n",
    total,
    time.durationString(time.since(start)),
  );
  start = time.now();
  await time.sleep(90 * time.Minute);
  fmt.printf(
    "a 90-minute sleep took %s\n",
    time.durationString(time.since(start)),
  );

  // Seeded choices: which of five ready goroutines goes first is drawn
  // from the seed, so the same seed always gives the same order.
  const arrivals = chan<string>(5);
  for (const name of ["v", "w", "x", "y", "z"]) {
    go(() => arrivals.send(name));
  }
  const order: string[] = [];
  for (let i = 0; i < 5; i++) order.push(await arrivals.recv());
  fmt.println(
    "five ready goroutines ran in the order",
    order.join(" "),
  );
}
