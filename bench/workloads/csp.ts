// The benchmark programs on @thi.ng/csp. Its channels hold at least one
// value (no unbuffered rendezvous) and allow at most 1024 pending reads per
// channel, so the 100,000-blocked-goroutines program cannot be written.
// A channel used as a lock (a token taken and put back, or a slot filled and
// emptied) never finished with 100 contending goroutines here, so the mutex
// row has no csp column.
import { channel, select } from "@thi.ng/csp";
import type { Workloads } from "./workload.ts";

export const csp: Workloads = {
  async pingPong(n) {
    const ping = channel<number>(1);
    const pong = channel<number>(1);
    const other = (async () => {
      for (let i = 0; i < n; i++) await pong.write((await ping.read())!);
    })();
    for (let i = 0; i < n; i++) {
      await ping.write(i);
      await pong.read();
    }
    await other;
  },

  async buffered(n) {
    const c = channel<number>(128);
    const producer = (async () => {
      for (let i = 0; i < n; i++) await c.write(i);
      c.close();
    })();
    for await (const v of c) void v;
    await producer;
  },

  async fanIn(n) {
    const cs = [
      channel<number>(1),
      channel<number>(1),
      channel<number>(1),
      channel<number>(1),
    ];
    const producers = cs.map(async (c) => {
      for (let i = 0; i < n / 4; i++) await c.write(i);
    });
    const [first, ...rest] = cs;
    for (let i = 0; i < n; i++) await select(first!, ...rest);
    await Promise.all(producers);
  },

  async pool(n, heap) {
    const free: Uint8Array[] = [];
    let pending = n;
    const done = channel<boolean>(1);
    for (let i = 0; i < n; i++) {
      void (async () => {
        await null; // start later, as a goroutine would
        const buf = free.pop() ?? new Uint8Array(1024);
        buf[0] = 1;
        free.push(buf);
        if (--pending === 0) await done.write(true);
      })();
    }
    const bytes = heap();
    await done.read();
    return bytes;
  },
};
