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
import * as sync from "go/sync";
import * as time from "go/time";

interface Counters {
  /** Adds delta to the named counter and returns its new value. */
  add(name: string, delta: number): Promise<number>;
}

// The counters live inside one goroutine; everyone else asks it.
function counters(done: RecvChan<void>): Counters {
  type Request = {
    name: string;
    delta: number;
    reply: SendChan<number>;
  };
  const requests = chan<Request>();

  go(async () => {
    const counts = new Map<string, number>(); // only this goroutine
    for (;;) {
      const req = await select([
        recv(requests, (r) => r),
        recv(done, () => null),
      ]);
      if (req === null) return;
      const n = (counts.get(req.name) ?? 0) + req.delta;
      counts.set(req.name, n);
      await req.reply.send(n); // room for one: never waits
    }
  });

  return {
    async add(name, delta) {
      const reply = chan<number>(1);
      const sent = await select([
        send(requests, { name, delta, reply }, () => true),
        recv(done, () => false),
      ]);
      if (!sent) throw new Error("counters: stopped");
      return reply.recv();
    },
  };
}

export async function main() {
  console.log("goroutines before:", runtime.numGoroutine());
  const done = chan<void>();
  const visits = counters(done);

  // 50 visitors, each looking at the home page 20 times.
  const wg = new sync.WaitGroup();
  for (let v = 0; v < 50; v++) {
    wg.go(async () => {
      for (let i = 0; i < 20; i++) await visits.add("home", 1);
    });
  }
  await wg.wait();
  console.log("home page visits:", await visits.add("home", 0));

  done.close();
  await time.sleep(time.Millisecond);
  console.log("goroutines after:", runtime.numGoroutine());
}
