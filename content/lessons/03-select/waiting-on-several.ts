import { chan, go, recv, select } from "go";
import * as time from "go/time";

export async function main() {
  const start = time.now();
  const weather = chan<string>();
  const traffic = chan<string>();

  go(async () => {
    await time.sleep(40 * time.Millisecond);
    await weather.send("sunny, 21°C");
  });
  go(async () => {
    await time.sleep(15 * time.Millisecond);
    await traffic.send("queue on the bridge");
  });

  // Two answers are coming; take each one as soon as it arrives.
  for (let i = 0; i < 2; i++) {
    const line = await select([
      recv(weather, (report) => `weather: ${report}`),
      recv(traffic, (report) => `traffic: ${report}`),
    ]);
    const at = time.durationString(time.since(start));
    console.log(`${at}  ${line}`);
  }
}
