import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chan, go, recover } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

const thisFile = new URL(import.meta.url).pathname;
const source = readFileSync(thisFile, "utf8").split("\n");
/** The line of this file that carries the comment `// @name`. */
function lineOf(name: string): number {
  return source.findIndex((l) => l.includes(`// @${name}`)) + 1;
}

describe("sync.Mutex", () => {
  it("guards a counter incremented by 1000 goroutines: no update is lost", async () => {
    // Each increment reads, yields, then writes: without the lock, updates are lost.
    async function counter(guarded: boolean) {
      const mu = new sync.Mutex();
      const wg = new sync.WaitGroup();
      let count = 0;
      for (let i = 0; i < 1000; i++) {
        wg.add(1);
        go(async () => {
          try {
            if (guarded) await mu.lock();
            const v = count;
            await runtime.gosched();
            count = v + 1;
            if (guarded) mu.unlock();
          } finally {
            wg.done();
          }
        });
      }
      await wg.wait();
      fmt.println("count:", count);
    }
    for (const seed of [1, 2, 3]) {
      const r = await run(() => counter(true), { seed, trace: false });
      expect(r.stdout).toBe("count: 1000\n");
    }
    const racy = await run(() => counter(false), { seed: 1, trace: false });
    expect(racy.stdout).not.toBe("count: 1000\n");
  });

  it("lets one goroutine in at a time, in the order they arrived", async () => {
    const r = await run(
      async () => {
        const mu = new sync.Mutex();
        const wg = new sync.WaitGroup();
        await mu.lock();
        for (const name of ["a", "b", "c"]) {
          wg.go(async () => {
            await mu.lock();
            fmt.println(name, "in at", time.durationString(time.since(start)));
            await time.sleep(10 * time.Millisecond);
            mu.unlock();
          });
          await runtime.gosched(); // let it reach lock() before the next starts
        }
        const start = time.now();
        await time.sleep(5 * time.Millisecond);
        mu.unlock();
        await wg.wait();
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.stdout).toBe("a in at 5ms\nb in at 15ms\nc in at 25ms\n");
  });

  it("tryLock takes a free lock and refuses a held one, without waiting", async () => {
    const r = await run(
      async () => {
        const mu = new sync.Mutex();
        fmt.println(mu.tryLock(), mu.tryLock());
        mu.unlock();
        fmt.println(mu.tryLock());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("true false\ntrue\n");
  });

  it("unlock of an unlocked mutex is a fatal error that try/catch cannot recover", async () => {
    const r = await run(
      async () => {
        const mu = new sync.Mutex();
        try {
          mu.unlock(); // @unlock
        } catch (e) {
          fmt.println("recovered:", recover(e));
        }
        fmt.println("not reached");
      },
      { seed: 1 },
    );
    expect(r.exitCode).toBe(2);
    expect(r.error?.kind).toBe("fatal");
    expect(r.stdout).toBe("");
    expect(r.error?.message).toMatch(
      /^fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 \[running\]:\n/,
    );
    expect(r.error?.goroutines[0]?.location?.line).toBe(lineOf("unlock"));
  });

  it("the lock-ordering deadlock: both goroutines appear in the dump, waiting in sync.Mutex.Lock", async () => {
    const r = await (
      await run(
        async () => {
          const a = new sync.Mutex();
          const b = new sync.Mutex();
          const wg = new sync.WaitGroup();
          wg.add(2);
          go(async () => {
            await a.lock();
            await time.sleep(10 * time.Millisecond);
            await b.lock(); // @first-waits
            b.unlock();
            a.unlock();
            wg.done();
          });
          go(async () => {
            await b.lock();
            await time.sleep(10 * time.Millisecond);
            await a.lock(); // @second-waits
            a.unlock();
            b.unlock();
            wg.done();
          });
          await wg.wait(); // @main-waits
        },
        { seed: 1 },
      )
    ).locate();
    expect(r.exitCode).toBe(2);
    expect(r.error?.kind).toBe("deadlock");
    expect(r.elapsed).toBe(10 * time.Millisecond);
    const dump = r.error!.goroutines.map((g) => [
      g.id,
      g.waitReason,
      g.location?.line,
    ]);
    expect(dump).toEqual([
      [1, "sync.WaitGroup.Wait", lineOf("main-waits")],
      [2, "sync.Mutex.Lock", lineOf("first-waits")],
      [3, "sync.Mutex.Lock", lineOf("second-waits")],
    ]);
    const message = r.error!.message;
    expect(message).toMatch(
      /^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[sync\.WaitGroup\.Wait\]:\n/,
    );
    expect(message).toContain("\ngoroutine 2 [sync.Mutex.Lock]:\n");
    expect(message).toContain("\ngoroutine 3 [sync.Mutex.Lock]:\n");
    expect(message).toContain(`${thisFile}:${lineOf("second-waits")}:`);
  });

  it("is not reentrant: locking it twice deadlocks", async () => {
    const r = await run(
      async () => {
        const mu = new sync.Mutex();
        await mu.lock();
        await mu.lock();
      },
      { seed: 1 },
    );
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines.map((g) => g.waitReason)).toEqual([
      "sync.Mutex.Lock",
    ]);
  });

  it("a goroutine still waiting for the lock when main returns is reported as leaked", async () => {
    const r = await (
      await run(
        async () => {
          const mu = new sync.Mutex();
          await mu.lock();
          go(async () => {
            await mu.lock(); // @leaks
          });
          await runtime.gosched();
        },
        { seed: 1, numCPU: 1 },
      )
    ).locate();
    expect(r.exitCode).toBe(0);
    expect(r.leaked.map((g) => [g.id, g.waitReason, g.location?.line])).toEqual(
      [[2, "sync.Mutex.Lock", lineOf("leaks")]],
    );
  });

  it("records lock, unlock, block and wake in the trace", async () => {
    const r = await run(
      async () => {
        const mu = new sync.Mutex();
        const done = chan<void>();
        await mu.lock();
        go(async () => {
          await mu.lock();
          mu.unlock();
          await done.send();
        });
        await runtime.gosched();
        mu.unlock();
        await done.recv();
      },
      { seed: 1, numCPU: 1 },
    );
    const events = r.trace
      .filter(
        (e) =>
          ["lock", "unlock", "block", "wake"].includes(e.kind) &&
          (e.reason ?? "sync.").startsWith("sync."),
      )
      .map((e) => `${e.g} ${e.kind} ${e.what ?? e.reason ?? ""}`.trim());
    expect(events.slice(0, 6)).toEqual([
      "1 lock sync.Mutex",
      "2 block sync.Mutex.Lock",
      "1 unlock sync.Mutex",
      "2 wake",
      "2 lock sync.Mutex",
      "2 unlock sync.Mutex",
    ]);
  });

  it("normal mode lets the running goroutine lock again; a waiter that waits too long is handed the lock (starvation mode)", async () => {
    // One P: a goroutine only gives way when its time slice ends, which here
    // is always while it holds the lock. Without starvation mode the woken
    // waiter would find the lock taken every time, until the other finished.
    const r = await run(
      async () => {
        const mu = new sync.Mutex();
        const wg = new sync.WaitGroup();
        let order = "";
        for (const name of ["x", "y"]) {
          wg.go(async () => {
            for (let i = 0; i < 3000; i++) {
              await mu.lock();
              order += name;
              mu.unlock();
            }
          });
        }
        await wg.wait();
        const first = /^(x+|y+)/.exec(order)![0].length;
        fmt.println(order.length, first >= 500, first < 3000);
      },
      { seed: 1, numCPU: 1, trace: false },
    );
    // The first goroutine keeps the lock for many rounds (normal mode), but
    // the other gets it before the first has finished all 3000 (starvation).
    expect(r.stdout).toBe("6000 true true\n");
  });
});
