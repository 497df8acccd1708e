import { describe, expect, it } from "vitest";
import { go, recover } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

// The button-click program: three handlers subscribe to a Cond; one
// broadcast wakes them all. As in Go, a subscriber signals that its
// goroutine is running before it reaches wait.
async function buttonClicked() {
  const clicked = new sync.Cond(new sync.Mutex());
  const subscribe = async (c: sync.Cond, fn: () => void) => {
    const goroutineRunning = new sync.WaitGroup();
    goroutineRunning.add(1);
    go(async () => {
      goroutineRunning.done();
      await c.L.lock();
      try {
        await c.wait();
        fn();
      } finally {
        c.L.unlock();
      }
    });
    await goroutineRunning.wait();
  };
  const clickRegistered = new sync.WaitGroup();
  clickRegistered.add(3);
  await subscribe(clicked, () => {
    fmt.println("Maximizing window.");
    clickRegistered.done();
  });
  await subscribe(clicked, () => {
    fmt.println("Displaying annoying dialog box!");
    clickRegistered.done();
  });
  await subscribe(clicked, () => {
    fmt.println("Mouse clicked.");
    clickRegistered.done();
  });
  clicked.broadcast();
  await clickRegistered.wait();
}

describe("sync.Cond", () => {
  it("broadcast wakes all three subscribers of the button-click program", async () => {
    // With one P, the order Go prints: the last woken runs first (runnext).
    const r = await run(buttonClicked, { seed: 1, numCPU: 1 });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      "Mouse clicked.\nMaximizing window.\nDisplaying annoying dialog box!\n",
    );
    // With several Ps the order varies with the seed; every handler runs.
    const orders = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const rs = await run(buttonClicked, { seed });
      expect(rs.stdout.split("\n").sort().join("\n")).toBe(
        "\nDisplaying annoying dialog box!\nMaximizing window.\nMouse clicked.",
      );
      orders.add(rs.stdout);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("signal wakes the goroutine that has waited longest, one at a time", async () => {
    const r = await run(
      async () => {
        const c = new sync.Cond(new sync.Mutex());
        const wg = new sync.WaitGroup();
        for (const name of ["first", "second", "third"]) {
          wg.go(async () => {
            await c.L.lock();
            await c.wait();
            fmt.println(
              name,
              "woken at",
              time.durationString(time.since(start)),
            );
            c.L.unlock();
          });
          await runtime.gosched();
        }
        const start = time.now();
        for (let i = 0; i < 3; i++) {
          await time.sleep(10 * time.Millisecond);
          c.signal();
        }
        await wg.wait();
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.stdout).toBe(
      "first woken at 10ms\nsecond woken at 20ms\nthird woken at 30ms\n",
    );
  });

  it("a queue bounded with wait and signal: producers wait while it is full", async () => {
    const r = await run(
      async () => {
        const c = new sync.Cond(new sync.Mutex());
        const queue: number[] = [];
        const t0 = time.now();
        const remove = async (delay: number) => {
          await time.sleep(delay);
          await c.L.lock();
          queue.shift();
          c.L.unlock();
          c.signal();
        };
        let most = 0;
        for (let i = 0; i < 6; i++) {
          await c.L.lock();
          while (queue.length === 2) await c.wait();
          queue.push(i);
          most = Math.max(most, queue.length);
          go(remove, 1 * time.Second);
          c.L.unlock();
        }
        fmt.println(
          "most queued:",
          most,
          "elapsed:",
          time.durationString(time.since(t0)),
        );
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("most queued: 2 elapsed: 2s\n");
  });

  it("waits while holding L: L is released during the wait and held again after", async () => {
    const r = await run(
      async () => {
        const mu = new sync.Mutex();
        const c = new sync.Cond(mu);
        let ready = false;
        go(async () => {
          await mu.lock(); // only possible while main waits
          ready = true;
          mu.unlock();
          c.broadcast();
        });
        await mu.lock();
        while (!ready) await c.wait();
        fmt.println("ready; L held again:", !mu.tryLock());
        mu.unlock();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("ready; L held again: true\n");
  });

  it("works with an RWMutex's read locker", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        const c = sync.newCond(rw.rLocker());
        let ready = false;
        go(async () => {
          await rw.lock(); // the waiter's read lock is released while it waits
          ready = true;
          rw.unlock();
          c.signal();
        });
        await c.L.lock();
        while (!ready) await c.wait();
        c.L.unlock();
        fmt.println("ready", rw.tryLock());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("ready true\n");
  });

  it("waiting without holding L is fatal: sync: unlock of unlocked mutex", async () => {
    const r = await run(
      async () => {
        const c = new sync.Cond(new sync.Mutex());
        try {
          await c.wait();
        } catch (e) {
          fmt.println("recovered", recover(e));
        }
      },
      { seed: 1 },
    );
    expect(r.error?.kind).toBe("fatal");
    expect(r.error?.message).toMatch(
      /^fatal error: sync: unlock of unlocked mutex\n/,
    );
    expect(r.stdout).toBe("");
  });

  it("a wait nobody signals deadlocks in sync.Cond.Wait; signal and broadcast with no waiters do nothing", async () => {
    const r = await run(
      async () => {
        const c = new sync.Cond(new sync.Mutex());
        c.signal();
        c.broadcast();
        await c.L.lock();
        await c.wait();
      },
      { seed: 1 },
    );
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines.map((g) => g.waitReason)).toEqual([
      "sync.Cond.Wait",
    ]);
  });
});
