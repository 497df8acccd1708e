// Contract v1.2: a call that Go does not block on never needs `await`. Each
// program below makes such calls without awaiting them, between operations
// that do block, and must run cleanly under every seed.
import { describe, expect, it } from "vitest";
import { chan, context, errgroup, go, singleflight, sync } from "go";
import * as atomic from "go/sync/atomic";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as time from "go/time";

const seeds = Array.from({ length: 20 }, (_, i) => i + 1);

async function everySeed(
  main: () => Promise<void>,
  want: string,
): Promise<void> {
  for (const seed of seeds) {
    const r = await run(main, { seed });
    expect(r.error?.message ?? null, `seed ${seed}`).toBeNull();
    expect(r.stdout, `seed ${seed}`).toBe(want);
  }
}

describe("calls that cannot block need no await, under 20 seeds", () => {
  it("errgroup: go without a limit, tryGo with and without one", async () => {
    await everySeed(async () => {
      const g = new errgroup.Group();
      const n = new atomic.Int64();
      for (let i = 0; i < 5; i++) {
        void g.go(async () => {
          await time.sleep(time.Millisecond);
          n.add(1);
        });
        n.add(0);
      }
      const started = g.tryGo(() => {
        n.add(1);
      });
      fmt.println(await g.wait(), n.load(), started);

      const limited = new errgroup.Group();
      limited.setLimit(1);
      const first = limited.tryGo(async () => {
        await time.sleep(time.Second);
      });
      const second = limited.tryGo(() => null);
      fmt.println(first, second);
      await limited.wait();
      fmt.println(limited.tryGo(() => null));
      await limited.wait();
    }, "<nil> 6 true\ntrue false\ntrue\n");
  });

  it("errgroup.withContext: go without await, and the first error cancels", async () => {
    await everySeed(async () => {
      const [g, ctx] = errgroup.withContext(context.background());
      void g.go(() => new Error("boom"));
      void g.go(async () => {
        await ctx.done()!.recv();
        return null;
      });
      fmt.println(await g.wait(), ctx.err());
    }, "boom context canceled\n");
  });

  it("sync: wg.go, add and done; unlock, tryLock; signal and broadcast; Map and Pool", async () => {
    await everySeed(async () => {
      const wg = new sync.WaitGroup();
      const mu = new sync.Mutex();
      const m = new sync.Map<string, number>();
      const pool = new sync.Pool({ new: () => [] as number[] });
      let total = 0;
      for (let i = 0; i < 4; i++) {
        wg.go(async () => {
          await mu.lock();
          total++;
          mu.unlock();
          m.store(`k${i}`, i);
          pool.put(pool.get()!);
        });
      }
      wg.add(1);
      go(() => {
        if (mu.tryLock()) mu.unlock();
        wg.done();
      });
      await wg.wait();
      const cond = new sync.Cond(mu);
      cond.signal();
      cond.broadcast();
      let keys = 0;
      m.range(() => {
        keys++;
        return true;
      });
      fmt.println(total, keys);
    }, "4 4\n");
  });

  it("context: cancel functions and afterFunc's stop", async () => {
    await everySeed(async () => {
      const [parent, cancel] = context.withCancel(context.background());
      const [child, cancelChild] = context.withTimeout(parent, time.Second);
      const stop = context.afterFunc(child, () => {});
      stop();
      cancel();
      cancelChild();
      cancel();
      await child.done()!.recv();
      fmt.println(child.err());
    }, "context canceled\n");
  });

  it("time: stop and reset of timers and tickers, close of channels", async () => {
    await everySeed(async () => {
      const t = time.newTimer(time.Second);
      const tk = time.newTicker(time.Millisecond);
      await tk.c.recv();
      tk.stop();
      const stopped = t.stop();
      t.reset(time.Millisecond);
      await t.c.recv();
      const c = chan<number>(1);
      await c.send(1);
      c.close();
      fmt.println(stopped, await c.recv());
    }, "true 1\n");
  });

  it("singleflight: doChan returns a channel at once", async () => {
    await everySeed(async () => {
      const g = new singleflight.Group<number>();
      const a = g.doChan("k", async () => {
        await time.sleep(time.Millisecond);
        return 7;
      });
      const b = g.doChan("k", () => 8);
      const [ra, rb] = [await a.recv(), await b.recv()];
      fmt.println(ra.val, rb.val, rb.shared);
    }, "7 7 true\n");
  });
});
