// The benchmark programs on `medium` (CSP channels on promises, no scheduler).
// It has no wait group, pool or mutex: those are built from its channels and
// counters, as a user of the library would.
import { any, CLOSED, chan, close, put, take } from "medium";
import type { Workloads } from "./workload.ts";

export const medium: Workloads = {
  async pingPong(n) {
    const ping = chan();
    const pong = chan();
    const other = (async () => {
      for (let i = 0; i < n; i++) await put(pong, await take(ping));
    })();
    for (let i = 0; i < n; i++) {
      await put(ping, i);
      await take(pong);
    }
    await other;
  },

  async buffered(n) {
    const c = chan(128);
    const producer = (async () => {
      for (let i = 0; i < n; i++) await put(c, i);
      close(c);
    })();
    while ((await take(c)) !== CLOSED);
    await producer;
  },

  async fanIn(n) {
    const cs = [chan(), chan(), chan(), chan()];
    const producers = cs.map(async (c) => {
      for (let i = 0; i < n / 4; i++) await put(c, i);
    });
    for (let i = 0; i < n; i++) await any(...cs);
    await Promise.all(producers);
  },

  async blockedRelease(n, heap) {
    const gate = chan();
    const waiters: Promise<unknown>[] = [];
    for (let i = 0; i < n; i++) waiters.push(take(gate));
    const bytes = heap();
    close(gate);
    await Promise.all(waiters);
    return bytes;
  },

  async pool(n, heap) {
    // A counter and one channel stand in for the wait group: a channel
    // buffering a million values is quadratic in medium.
    const free: Uint8Array[] = [];
    const done = chan();
    let pending = n;
    for (let i = 0; i < n; i++) {
      void (async () => {
        await null; // start later, as a goroutine would
        const buf = free.pop() ?? new Uint8Array(1024);
        buf[0] = 1;
        free.push(buf);
        if (--pending === 0) await put(done, true);
      })();
    }
    const bytes = heap();
    await take(done);
    return bytes;
  },

  async mutex(g, iters) {
    // A channel with room for one value is the usual CSP lock.
    const lock = chan(1);
    let counter = 0;
    const workers: Promise<void>[] = [];
    for (let i = 0; i < g; i++) {
      workers.push(
        (async () => {
          for (let j = 0; j < iters; j++) {
            await put(lock, true);
            counter++;
            await take(lock);
          }
        })(),
      );
    }
    await Promise.all(workers);
    if (counter !== g * iters) throw new Error("lost updates");
  },
};
