import { describe, expect, it } from "vitest";
import { panic, recover } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as sync from "go/sync";
import * as time from "go/time";

describe("sync.Once", () => {
  it("runs the function once, however many of 100 goroutines call do", async () => {
    for (const seed of [1, 2, 3]) {
      const r = await run(
        async () => {
          let count = 0;
          const once = new sync.Once();
          const wg = new sync.WaitGroup();
          for (let i = 0; i < 100; i++) {
            wg.go(async () => {
              await once.do(() => {
                count++;
              });
            });
          }
          await wg.wait();
          fmt.println("Count is", count);
        },
        { seed },
      );
      expect(r.stdout).toBe("Count is 1\n");
    }
  });

  it("only the first function given to do runs", async () => {
    const r = await run(
      async () => {
        let count = 0;
        const once = new sync.Once();
        await once.do(() => count++);
        await once.do(() => count--);
        fmt.println("Count:", count);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("Count: 1\n");
  });

  it("callers that arrive while the function runs wait until it has returned", async () => {
    const r = await run(
      async () => {
        const once = new sync.Once();
        let config: string | null = null;
        const wg = new sync.WaitGroup();
        for (let i = 0; i < 3; i++) {
          wg.go(async () => {
            await time.sleep(i * time.Millisecond);
            await once.do(async () => {
              await time.sleep(10 * time.Millisecond);
              config = "loaded";
            });
            fmt.println(i, config, time.durationString(time.since(t0)));
          });
        }
        const t0 = time.now();
        await wg.wait();
      },
      { seed: 1, trace: true },
    );
    expect(r.stdout.split("\n").sort().join("\n")).toBe(
      "\n0 loaded 10ms\n1 loaded 10ms\n2 loaded 10ms",
    );
    // The late callers waited in sync.Mutex.Lock, as they do in Go.
    expect(r.trace.filter((e) => e.reason === "sync.Mutex.Lock").length).toBe(
      2,
    );
  });

  it("a panic in the function reaches the first caller, and the function counts as done", async () => {
    const r = await run(
      async () => {
        const once = new sync.Once();
        let runs = 0;
        try {
          await once.do(() => {
            runs++;
            panic("init failed");
          });
        } catch (e) {
          fmt.println("recovered:", recover(e));
        }
        await once.do(() => runs++);
        fmt.println("runs:", runs);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("recovered: init failed\nruns: 1\n");
  });

  it("calling do on the same Once from inside the function deadlocks in sync.Mutex.Lock", async () => {
    const r = await run(
      async () => {
        const once = new sync.Once();
        await once.do(async () => {
          await once.do(() => {});
        });
      },
      { seed: 1 },
    );
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines.map((g) => g.waitReason)).toEqual([
      "sync.Mutex.Lock",
    ]);
  });
});
