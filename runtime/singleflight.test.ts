import { describe, expect, it } from "vitest";
import { go, panic, recover } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as singleflight from "go/singleflight";
import * as sync from "go/sync";
import * as time from "go/time";

const ms = time.Millisecond;

describe("singleflight", () => {
  it("ten callers for one key share one call", async () => {
    for (const seed of [1, 2, 3]) {
      const r = await run(
        async () => {
          const t0 = time.now();
          const g = new singleflight.Group<string>();
          let calls = 0;
          const fetchConfig = async () => {
            calls++;
            await time.sleep(10 * ms);
            return "config v1";
          };
          const wg = new sync.WaitGroup();
          const results: string[] = [];
          for (let i = 0; i < 10; i++) {
            wg.go(async () => {
              const { val, err, shared } = await g.do("config", fetchConfig);
              results.push(`${val} ${err} ${shared}`);
            });
          }
          await wg.wait();
          fmt.println(
            "calls:",
            calls,
            "elapsed:",
            time.durationString(time.since(t0)),
          );
          fmt.println(new Set(results).size, results[0]);
        },
        { seed, trace: true },
      );
      expect(r.stdout).toBe("calls: 1 elapsed: 10ms\n1 config v1 null true\n");
      // The nine that joined waited as Go's do, in sync.WaitGroup.Wait.
      expect(
        r.trace.filter((e) => e.g !== 1 && e.reason === "sync.WaitGroup.Wait")
          .length,
      ).toBe(9);
    }
  });

  it("a call that has finished is not cached: the next do runs fn again", async () => {
    const r = await run(
      async () => {
        const g = new singleflight.Group<number>();
        let calls = 0;
        const a = await g.do("k", () => ++calls);
        const b = await g.do("k", () => ++calls);
        fmt.println(a, b);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("{1 <nil> false} {2 <nil> false}\n");
  });

  it("an error thrown by fn is every caller's err; val is undefined", async () => {
    const r = await run(
      async () => {
        const g = new singleflight.Group<number>();
        const wg = new sync.WaitGroup();
        for (let i = 0; i < 2; i++) {
          wg.go(async () => {
            const { val, err, shared } = await g.do("k", async () => {
              await time.sleep(ms);
              throw new Error("backend down");
            });
            fmt.println(val, err?.message, shared);
          });
        }
        await wg.wait();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("<nil> backend down true\n<nil> backend down true\n");
  });

  it("forget lets the next caller start a new call while one is in flight", async () => {
    const r = await run(
      async () => {
        const g = new singleflight.Group<number>();
        let calls = 0;
        const slow = async () => {
          const n = ++calls;
          await time.sleep(10 * ms);
          return n;
        };
        const wg = new sync.WaitGroup();
        wg.go(async () => fmt.println("first:", (await g.do("k", slow)).val));
        await time.sleep(ms);
        g.forget("k");
        wg.go(async () => fmt.println("second:", (await g.do("k", slow)).val));
        await wg.wait();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("first: 1\nsecond: 2\n");
  });

  it("doChan delivers the shared result on a channel", async () => {
    const r = await run(
      async () => {
        const g = new singleflight.Group<string>();
        let calls = 0;
        const fn = async () => {
          calls++;
          await time.sleep(5 * ms);
          return "v";
        };
        const c1 = g.doChan("k", fn);
        const c2 = g.doChan("k", fn);
        fmt.println(await c1.recv(), await c2.recv(), calls);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("{v <nil> true} {v <nil> true} 1\n");
  });

  it("a panic in fn panics in every caller, as in Go", async () => {
    const r = await run(
      async () => {
        const g = new singleflight.Group<number>();
        const wg = new sync.WaitGroup();
        for (let i = 0; i < 2; i++) {
          wg.go(async () => {
            try {
              await g.do("k", async () => {
                await time.sleep(ms);
                panic("boom");
              });
            } catch (e) {
              fmt.println("recovered:", recover(e));
            }
          });
        }
        await wg.wait();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("recovered: boom\nrecovered: boom\n");
  });

  it("a panic in a call that doChan callers wait for ends the program, unrecoverable", async () => {
    const r = await run(
      async () => {
        const g = new singleflight.Group<number>();
        go(async () => {
          await time.sleep(ms);
          await g.doChan("k", () => 0).recv();
        });
        try {
          await g.do("k", async () => {
            await time.sleep(5 * ms);
            panic("boom");
          });
        } catch (e) {
          fmt.println("recovered:", recover(e));
        }
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("");
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.message).toMatch(/^panic: boom\n/);
  });
});
