import { describe, expect, it } from "vitest";
import { go, recover } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

const ms = time.Millisecond;

describe("sync.RWMutex", () => {
  it("lets readers in together: five 10 ms reads take 10 ms", async () => {
    const r = await run(
      async () => {
        const start = time.now();
        const rw = new sync.RWMutex();
        const wg = new sync.WaitGroup();
        let inside = 0;
        let most = 0;
        for (let i = 0; i < 5; i++) {
          wg.go(async () => {
            await rw.rLock();
            most = Math.max(most, ++inside);
            await time.sleep(10 * ms);
            inside--;
            rw.rUnlock();
          });
        }
        await wg.wait();
        fmt.println(
          "readers at once:",
          most,
          "elapsed:",
          time.durationString(time.since(start)),
        );
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("readers at once: 5 elapsed: 10ms\n");
  });

  it("a writer is alone: no reader and no other writer while it holds the lock", async () => {
    for (const seed of [1, 2, 3, 4]) {
      const r = await run(
        async () => {
          const rw = new sync.RWMutex();
          const wg = new sync.WaitGroup();
          let readers = 0;
          let writers = 0;
          let violations = 0;
          for (let i = 0; i < 20; i++) {
            const writer = i % 4 === 0;
            wg.go(async () => {
              await time.sleep((i % 3) * ms);
              if (writer) {
                await rw.lock();
                writers++;
                if (writers !== 1 || readers !== 0) violations++;
                await time.sleep(2 * ms);
                writers--;
                rw.unlock();
              } else {
                await rw.rLock();
                readers++;
                if (writers !== 0) violations++;
                await time.sleep(1 * ms);
                readers--;
                rw.rUnlock();
              }
            });
          }
          await wg.wait();
          fmt.println("violations:", violations);
        },
        { seed },
      );
      expect(r.stdout).toBe("violations: 0\n");
    }
  });

  it("a waiting writer blocks new readers, so a stream of readers cannot starve it", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        const t0 = time.now();
        const at = () => time.durationString(time.since(t0));
        let stop = false;
        const wg = new sync.WaitGroup();
        // Two readers that overlap: the lock always has a reader inside.
        for (let i = 0; i < 2; i++) {
          wg.go(async () => {
            await time.sleep(i * 5 * ms);
            while (!stop) {
              await rw.rLock();
              await time.sleep(10 * ms);
              rw.rUnlock();
            }
          });
        }
        await time.sleep(12 * ms);
        wg.go(async () => {
          await time.sleep(1 * ms);
          await rw.rLock(); // arrives after the writer: waits for it
          fmt.println("late reader in at", at());
          rw.rUnlock();
        });
        await rw.lock();
        fmt.println("writer in at", at());
        await time.sleep(3 * ms);
        stop = true;
        rw.unlock();
        await wg.wait();
      },
      { seed: 1 },
    );
    // Readers were inside at 12 ms, until 15 ms (the one that began at 5 ms)
    // and 20 ms (the one that began at 10 ms); no reader got in after 12 ms.
    expect(r.stdout).toBe("writer in at 20ms\nlate reader in at 23ms\n");
  });

  it("waits with Go's wait reasons: RLock behind a writer, Lock for readers, Mutex.Lock for another writer", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        await rw.rLock();
        go(async () => {
          await rw.lock(); // waits for the reader to leave
        });
        await runtime.gosched();
        go(async () => {
          await rw.lock(); // waits for the first writer
        });
        go(async () => {
          await rw.rLock(); // waits behind the pending writer
        });
        await runtime.gosched();
        await rw.rLock(); // main too, behind the writer: deadlock
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines.map((g) => [g.id, g.waitReason])).toEqual([
      [1, "sync.RWMutex.RLock"],
      [2, "sync.RWMutex.Lock"],
      [3, "sync.Mutex.Lock"],
      [4, "sync.RWMutex.RLock"],
    ]);
  });

  it("tryLock and tryRLock never wait", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        fmt.println(rw.tryRLock(), rw.tryRLock(), rw.tryLock());
        rw.rUnlock();
        rw.rUnlock();
        fmt.println(rw.tryLock(), rw.tryRLock(), rw.tryLock());
        rw.unlock();
        fmt.println(rw.tryRLock());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("true true false\ntrue false false\ntrue\n");
  });

  it("rLocker locks for reading", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        const l = rw.rLocker();
        await l.lock();
        fmt.println(rw.tryRLock(), rw.tryLock());
        rw.rUnlock();
        l.unlock();
        fmt.println(rw.tryLock());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("true false\ntrue\n");
  });

  it("rUnlock without a read lock is fatal: sync: RUnlock of unlocked RWMutex", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        try {
          rw.rUnlock();
        } catch (e) {
          fmt.println("recovered", recover(e));
        }
      },
      { seed: 1 },
    );
    expect(r.error?.kind).toBe("fatal");
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.error?.message).toMatch(
      /^fatal error: sync: RUnlock of unlocked RWMutex\n/,
    );
  });

  it("unlock without the write lock is fatal: sync: Unlock of unlocked RWMutex", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        await rw.rLock();
        rw.unlock();
      },
      { seed: 1 },
    );
    expect(r.error?.kind).toBe("fatal");
    expect(r.error?.message).toMatch(
      /^fatal error: sync: Unlock of unlocked RWMutex\n/,
    );
  });

  it("records read and write locks in the trace", async () => {
    const r = await run(
      async () => {
        const rw = new sync.RWMutex();
        await rw.rLock();
        rw.rUnlock();
        await rw.lock();
        rw.unlock();
      },
      { seed: 1 },
    );
    const events = r.trace
      .filter((e) => e.kind === "lock" || e.kind === "unlock")
      .map((e) => `${e.kind} ${e.what}`);
    expect(events).toEqual([
      "lock sync.RWMutex (read)",
      "unlock sync.RWMutex (read)",
      "lock sync.RWMutex",
      "unlock sync.RWMutex",
    ]);
  });
});
