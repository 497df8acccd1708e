import { chan, go, send, select } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

// Ten requests arrive 10ms apart; the server needs 27ms for each.
// A request that finds no room in the queue is turned away.
async function serve(queueSize: number) {
  const start = time.now();
  const queue = chan<time.Time>(queueSize); // each request: when it came
  const wg = new sync.WaitGroup();
  let served = 0;
  let longestWait = 0;

  wg.add(1);
  go(async () => {
    for await (const arrived of queue) {
      longestWait = Math.max(longestWait, time.since(arrived));
      await time.sleep(27 * time.Millisecond); // the work
      served++;
    }
    wg.done();
  });

  let turnedAway = 0;
  for (let i = 0; i < 10; i++) {
    await time.sleep(10 * time.Millisecond);
    await select([send(queue, time.now())], () => turnedAway++);
  }
  queue.close();
  await wg.wait();

  const ms = (d: time.Duration) => time.durationString(d);
  console.log(
    `queue ${queueSize}: served ${served}, turned away ${turnedAway},`,
    `longest wait ${ms(longestWait)}, done at ${ms(time.since(start))}`,
  );
}

export async function main() {
  for (const size of [0, 2, 10]) await serve(size);
}
