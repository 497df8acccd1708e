import { chan, recv, select, send, type RecvChan } from "go";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

// One replica of a service: answers, or gives up with null when done closes.
type Replica<T> = (done: RecvChan<void>) => Promise<T | null>;

// Asks every replica at once; the first answer wins, and the others are
// stopped and waited for before it is returned.
async function firstOf<T>(replicas: Replica<T>[]): Promise<T> {
  const done = chan<void>();
  const answers = chan<T>();
  const wg = new sync.WaitGroup();
  for (const replica of replicas) {
    wg.go(async () => {
      const answer = await replica(done);
      if (answer === null) return; // stopped
      await select([send(answers, answer), recv(done)]);
    });
  }
  const first = await answers.recv();
  done.close(); // stop the others
  await wg.wait(); // and make sure they have
  return first;
}

// A replica that needs `ms` milliseconds today.
function replica(name: string, ms: number): Replica<string> {
  return async (done) => {
    const start = time.now();
    const finished = await select([
      recv(time.after(ms * time.Millisecond), () => true),
      recv(done, () => false),
    ]);
    const took = time.durationString(time.since(start));
    if (!finished) {
      console.log(`${name}: stopped after ${took}`);
      return null;
    }
    return `${name} answered after ${took}`;
  };
}

export async function main() {
  const replicas = [
    replica("eu-1", 230),
    replica("eu-2", 120),
    replica("us-1", 310),
    replica("us-2", 95),
    replica("asia", 180),
  ];
  console.log("goroutines before:", runtime.numGoroutine());
  console.log(await firstOf(replicas));
  console.log("goroutines after:", runtime.numGoroutine());
}
