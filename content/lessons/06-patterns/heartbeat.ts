import { chan, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

type Sensor = (done: RecvChan<void>, n: number) => Promise<number>;

// Takes a reading every 2.4s, and beats every `pulse` while it waits.
function monitor(
  done: RecvChan<void>,
  pulse: time.Duration,
  read: Sensor,
) {
  const heartbeat = chan<void>(1);
  const readings = chan<number>();
  go(async () => {
    const beat = time.newTicker(pulse);
    let next = time.after(2400 * time.Millisecond);
    try {
      for (let n = 1; ;) {
        const event = await select([
          recv(beat.c, () => "beat"),
          recv(next, () => "read"),
          recv(done, () => "done"),
        ]);
        if (event === "done") return;
        if (event === "beat") {
          // Nobody listening? Then drop the beat; never wait for it.
          await select([send(heartbeat, undefined)], () => {});
          continue;
        }
        const value = await read(done, n++);
        const sent = await select([
          send(readings, value, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
        next = time.after(2400 * time.Millisecond);
      }
    } finally {
      beat.stop();
    }
  });
  return { heartbeat, readings };
}

// A sensor whose third reading never comes back (until cancelled).
async function sensor(done: RecvChan<void>, n: number) {
  if (n === 3) await done.recv();
  return 20 + n;
}

export async function main() {
  const start = time.now();
  const log = (...what: unknown[]) =>
    console.log(time.durationString(time.since(start)), ...what);

  const done = chan<void>();
  const { heartbeat, readings } = monitor(done, time.Second, sensor);
  for (;;) {
    const event = await select([
      recv(heartbeat, () => "beat"),
      recv(readings, (c) => `reading: ${c}°C`),
      recv(time.after(2 * time.Second), () => null),
    ]);
    if (event === null) break;
    log(event);
  }
  log("no heartbeat for 2s: the monitor is stuck");
  done.close();
  await time.sleep(time.Millisecond);
  console.log("goroutines left:", runtime.numGoroutine());
}
