import {
  chan,
  go,
  recv,
  select,
  send,
  type RecvChan,
  type SendChan,
} from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

// Starts a worker that stops when its done closes; returns its heartbeat.
type Start = (done: RecvChan<void>) => RecvChan<void>;

// Sends a beat if there is room for one; never waits.
const beat = (heartbeat: SendChan<void>) =>
  select([send(heartbeat, undefined)], () => {});

// Runs a worker, and replaces it whenever it is silent for `timeout`.
// The supervisor itself beats every `pulse`, stuck worker or not.
function supervise(
  done: RecvChan<void>,
  pulse: time.Duration,
  timeout: time.Duration,
  start: Start,
): RecvChan<void> {
  const heartbeat = chan<void>(1);
  go(async () => {
    const ticker = time.newTicker(pulse);
    for (;;) {
      const workerDone = chan<void>();
      const workerBeat = start(workerDone);
      let silence = time.after(timeout);
      let event;
      do {
        event = await select([
          recv(workerBeat, () => "worker beat"),
          recv(ticker.c, () => "pulse"),
          recv(silence, () => "silent"),
          recv(done, () => "done"),
        ]);
        if (event === "worker beat") silence = time.after(timeout);
        if (event === "pulse") await beat(heartbeat);
      } while (event === "worker beat" || event === "pulse");
      workerDone.close(); // stop this worker, stuck or not
      if (event === "done") {
        ticker.stop();
        return;
      }
      log("supervisor: worker silent, restarting");
    }
  });
  return heartbeat;
}

// Beats once per unit of work. If `flaky`, unit 3 gets stuck until done.
function worker(done: RecvChan<void>, name: string, flaky: boolean) {
  const heartbeat = chan<void>(1);
  go(async () => {
    for (let unit = 1; ; unit++) {
      await beat(heartbeat);
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

let start: time.Time;
const log = (message: string) =>
  console.log(
    time.durationString(time.since(start)).padEnd(6),
    message,
  );

export async function main() {
  start = time.now();
  let started = 0;
  const startWorker: Start = (done) => {
    started++;
    return worker(done, `worker ${started}`, started === 1);
  };

  // main watches the supervisor as the supervisor watches its worker.
  const done = chan<void>();
  const pulse = 300 * time.Millisecond;
  const heartbeat = supervise(
    done,
    pulse,
    250 * time.Millisecond,
    startWorker,
  );
  const end = time.after(time.Second);
  for (;;) {
    const alive = await select([
      recv(heartbeat, () => true),
      recv(time.after(2 * pulse), () => false),
      recv(end, () => null),
    ]);
    if (alive === null) break;
    log(alive ? "main: supervisor alive" : "main: supervisor silent!");
  }
  done.close();
  await time.sleep(time.Millisecond);
  console.log("goroutines left:", runtime.numGoroutine());
}
