import { chan, send, select } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

// Ten requests arrive 10ms apart; each takes 27ms to handle. They wait
// in a queue (a buffered channel), or are turned away if it is full;
// `slots` (another buffered channel) lets at most `limit` be handled at once.
async function serve(queueSize: number, limit: number) {
  const start = time.now();
  const queue = chan<time.Time>(queueSize); // each request: when it came
  const slots = chan<void>(limit); // the semaphore
  const wg = new sync.WaitGroup();
  let [served, mostBusy, longestWait] = [0, 0, 0]; // the dispatcher's

  wg.go(async () => {
    for (;;) {
      await slots.send(); // take a slot: waits while all are busy
      const [arrived, ok] = await queue.recvOk();
      if (!ok) return;
      served++;
      longestWait = Math.max(longestWait, time.since(arrived));
      mostBusy = Math.max(mostBusy, slots.len); // slots taken
      wg.go(async () => {
        try {
          await time.sleep(27 * time.Millisecond); // the work
        } finally {
          await slots.recv(); // give the slot back
        }
      });
    }
  });

  let turnedAway = 0;
  for (let i = 0; i < 10; i++) {
    await time.sleep(10 * time.Millisecond);
    await select([send(queue, time.now())], () => turnedAway++);
  }
  queue.close();
  await wg.wait();

  const row = [queueSize, limit, mostBusy, served, turnedAway]
    .map((x) => String(x).padEnd(7))
    .join("");
  const wait = time.durationString(longestWait).padEnd(7);
  console.log(row + wait + time.durationString(time.since(start)));
}

export async function main() {
  console.log("queue  limit  busy   served away   wait   done");
  await serve(0, 1);
  await serve(2, 1);
  await serve(10, 1);
  await serve(10, 2);
  await serve(10, 3);
}
