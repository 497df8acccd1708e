// The benchmark programs on our runtime, written as a learner would.
import { chan, go, recv, select } from "go";
import { run } from "go/run";
import * as sync from "go/sync";
import * as time from "go/time";
import type { Workloads } from "./workload.ts";

// Most rows measure the scheduler, not the trace recorder; the traced row
// runs with run()'s defaults, as the site and the tests do.
async function exec(main: () => Promise<void>, traced = false): Promise<void> {
  const r = await run(
    main,
    traced ? { seed: 1 } : { seed: 1, trace: false, locations: false },
  );
  if (r.exitCode !== 0)
    throw new Error(r.error?.message ?? "benchmark program failed");
}

function pingPong(n: number): () => Promise<void> {
  return async () => {
    const ping = chan<number>();
    const pong = chan<number>();
    go(async () => {
      for (let i = 0; i < n; i++) await pong.send(await ping.recv());
    });
    for (let i = 0; i < n; i++) {
      await ping.send(i);
      await pong.recv();
    }
  };
}

export const ours: Workloads = {
  pingPong: (n) => exec(pingPong(n)),
  pingPongTraced: (n) => exec(pingPong(n), true),

  buffered: (n) =>
    exec(async () => {
      const c = chan<number>(128);
      go(async () => {
        for (let i = 0; i < n; i++) await c.send(i);
        c.close();
      });
      for await (const v of c) void v;
    }),

  fanIn: (n) =>
    exec(async () => {
      const cs = [
        chan<number>(),
        chan<number>(),
        chan<number>(),
        chan<number>(),
      ];
      for (const c of cs) {
        go(async () => {
          for (let i = 0; i < n / 4; i++) await c.send(i);
        });
      }
      const cases = cs.map((c) => recv(c));
      for (let i = 0; i < n; i++) await select(cases);
    }),

  blockedRelease: async (n, heap) => {
    let bytes = 0;
    await exec(async () => {
      const gate = chan<void>();
      const wg = new sync.WaitGroup();
      wg.add(n);
      for (let i = 0; i < n; i++) {
        go(async () => {
          await gate.recv();
          wg.done();
        });
      }
      await time.sleep(1); // every goroutine runs and blocks
      bytes = heap();
      gate.close();
      await wg.wait();
    });
    return bytes;
  },

  pool: async (n, heap) => {
    let bytes = 0;
    await exec(async () => {
      const pool = new sync.Pool({ new: () => new Uint8Array(1024) });
      const wg = new sync.WaitGroup();
      for (let i = 0; i < n; i++) {
        wg.add(1);
        go(async () => {
          const buf = pool.get()!;
          buf[0] = 1;
          pool.put(buf);
          wg.done();
        });
      }
      bytes = heap();
      await wg.wait();
    });
    return bytes;
  },

  mutex: (g, iters) =>
    exec(async () => {
      const mu = new sync.Mutex();
      const wg = new sync.WaitGroup();
      let counter = 0;
      for (let i = 0; i < g; i++) {
        wg.add(1);
        go(async () => {
          for (let j = 0; j < iters; j++) {
            await mu.lock();
            counter++;
            mu.unlock();
          }
          wg.done();
        });
      }
      await wg.wait();
      if (counter !== g * iters) throw new Error("lost updates");
    }),

  onceWaitGroup: (n) =>
    exec(async () => {
      const once = new sync.Once();
      const wg = new sync.WaitGroup();
      let inits = 0;
      for (let i = 0; i < n; i++) {
        wg.go(async () => {
          await once.do(() => {
            inits++;
          });
        });
      }
      await wg.wait();
      if (inits !== 1) throw new Error("once ran more than once");
    }),
};
