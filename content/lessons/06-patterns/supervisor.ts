import { chan, go, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

type Log = (message: string) => void;

// Starts a worker that stops when its done closes; returns its heartbeat.
type Start = (done: RecvChan<void>) => RecvChan<void>;

// Runs a worker, and replaces it whenever it is silent for `timeout`.
function supervise(
  done: RecvChan<void>,
  timeout: time.Duration,
  start: Start,
  log: Log,
) {
  go(async () => {
    for (;;) {
      const workerDone = chan<void>();
      const heartbeat = start(workerDone);
      let event;
      do {
        event = await select([
          recv(heartbeat, () => "beat"),
          recv(time.after(timeout), () => "silent"),
          recv(done, () => "done"),
        ]);
      } while (event === "beat");
      workerDone.close(); // stop this worker, stuck or not
      if (event === "done") return;
      log("supervisor: worker silent, restarting");
    }
  });
}

// Beats once per unit of work. If `flaky`, unit 3 gets stuck until done.
function worker(
  done: RecvChan<void>,
  name: string,
  flaky: boolean,
  log: Log,
) {
  const heartbeat = chan<void>(1);
  go(async () => {
    for (let unit = 1; ; unit++) {
      await select([send(heartbeat, undefined)], () => {}); // beat
      if (flaky && unit === 3) {
        await done.recv(); // stuck
        log(`${name}: stopped`);
        return;
      }
      const stopped = await select([
        recv(time.after(100 * time.Millisecond), () => false),
        recv(done, () => true),
      ]);
      if (stopped) return;
      log(`${name}: unit ${unit} done`);
    }
  });
  return heartbeat;
}

export async function main() {
  const start = time.now();
  const log = (message: string) =>
    console.log(
      time.durationString(time.since(start)).padEnd(6),
      message,
    );

  let started = 0;
  const startWorker = (done: RecvChan<void>) => {
    started++;
    return worker(done, `worker ${started}`, started === 1, log);
  };

  const done = chan<void>();
  supervise(done, 250 * time.Millisecond, startWorker, log);
  await time.sleep(time.Second);
  done.close();
  await time.sleep(time.Millisecond);
  console.log("goroutines left:", runtime.numGoroutine());
}
