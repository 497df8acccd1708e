import { chan, recv, select, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

// A value published once, for any number of readers.
function broadcast<T>() {
  const ready = chan<void>();
  let value: T;
  return {
    // Sets the value and wakes every reader: closing is the broadcast.
    publish(v: T) {
      value = v;
      ready.close();
    },
    // The value, once published, or null if done closes first.
    wait(done: RecvChan<void>): Promise<T | null> {
      return select([recv(ready, () => value), recv(done, () => null)]);
    },
  };
}

export async function main() {
  const start = time.now();
  const at = () => time.durationString(time.since(start));
  const forecast = broadcast<string>();
  const wg = new sync.WaitGroup();

  for (const name of ["Ana", "Bo", "Chen", "Dara"]) {
    // Dara will wait one second at most; the others as long as it takes.
    const done = chan<void>();
    if (name === "Dara")
      time.afterFunc(time.Second, () => done.close());
    wg.go(async () => {
      const weather = await forecast.wait(done);
      if (weather === null) console.log(`${at()} ${name}: gave up`);
      else console.log(`${at()} ${name}: ${weather}, off to the park`);
    });
  }
  console.log("goroutines waiting:", runtime.numGoroutine() - 1);

  await time.sleep(2 * time.Second);
  forecast.publish("sunny");
  await wg.wait();
  console.log("goroutines left:", runtime.numGoroutine());
}
