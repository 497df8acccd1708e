import { chan, go, recv, select, type RecvChan } from "go";
import * as errors from "go/errors";
import * as runtime from "go/runtime";
import * as time from "go/time";

const ErrTimeout = errors.new("runner: timed out");
const ErrInterrupt = errors.new("runner: interrupted");

// One job of the program; it must return early when stop closes.
type Task = (stop: RecvChan<void>) => Promise<void>;

// Runs the tasks in order, unless the deadline passes or an interrupt
// arrives first. Either way the task in hand is stopped before it returns.
async function runTasks(
  tasks: Task[],
  timeout: time.Duration,
  interrupt: RecvChan<string>,
): Promise<Error | null> {
  const stop = chan<void>();
  const finished = chan<void>();
  go(async () => {
    try {
      for (const task of tasks) {
        const stopped = await select(
          [recv(stop, () => true)],
          () => false,
        );
        if (stopped) return;
        await task(stop);
      }
    } finally {
      finished.close();
    }
  });

  const timer = time.newTimer(timeout);
  const err = await select([
    recv(finished, () => null),
    recv(timer.c, () => ErrTimeout),
    recv(interrupt, () => ErrInterrupt),
  ]);
  timer.stop();
  stop.close();
  await finished.recv(); // the task in hand has stopped
  return err;
}

// The whole program: three backups of a second each.
async function program(deadline: time.Duration, ctrlC: time.Duration) {
  const start = time.now();
  const log = (what: string) =>
    console.log(
      " ",
      time.durationString(time.since(start)).padEnd(5),
      what,
    );

  const backup =
    (what: string): Task =>
    async (stop) => {
      const finished = await select([
        recv(time.after(time.Second), () => true),
        recv(stop, () => false),
      ]);
      log(finished ? `${what} backed up` : `${what} stopped halfway`);
    };

  // Stands for signal.Notify(interrupt, os.Interrupt): the key press
  // arrives on a channel with room for one signal.
  const interrupt = chan<string>(1);
  const press = time.afterFunc(ctrlC, () =>
    interrupt.send("interrupt"),
  );

  const tasks = [backup("photos"), backup("mail"), backup("music")];
  const err = await runTasks(tasks, deadline, interrupt);
  press.stop();
  log(
    err === null
      ? "all done, exit status 0"
      : `${err.message}, exit status 1`,
  );
}

export async function main() {
  const never = time.Hour;
  console.log("deadline 5s:");
  await program(5 * time.Second, never);
  console.log("deadline 2.5s:");
  await program(2500 * time.Millisecond, never);
  console.log("deadline 5s, Ctrl+C at 1.5s:");
  await program(5 * time.Second, 1500 * time.Millisecond);
  await time.sleep(time.Millisecond); // let the key press's goroutine end
  console.log("goroutines left:", runtime.numGoroutine());
}
