import { describe, expect, it } from "vitest";
import { recover, recv, select } from "go";
import * as context from "go/context";
import * as errgroup from "go/errgroup";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as time from "go/time";

const ms = time.Millisecond;

// A task that takes `latency`, or stops early when ctx is cancelled.
function task(ctx: context.Context, latency: number, fail: Error | null) {
  return () =>
    select([
      recv(time.after(latency), () => fail),
      recv(ctx.done(), () => ctx.err()),
    ]);
}

describe("errgroup", () => {
  it("wait returns the first error, and the context cancels the others", async () => {
    const r = await run(
      async () => {
        const t0 = time.now();
        const errFirst = new Error("first failure");
        const [g, ctx] = errgroup.withContext(context.background());
        const ended: string[] = [];
        const track =
          (name: string, f: () => PromiseLike<Error | null>) => async () => {
            const err = await f();
            ended.push(
              `${name}: ${err?.message ?? "ok"} at ${time.durationString(time.since(t0))}`,
            );
            return err;
          };
        await g.go(track("fast ok", task(ctx, 5 * ms, null)));
        await g.go(track("fails", task(ctx, 10 * ms, errFirst)));
        await g.go(
          track("fails later", task(ctx, 20 * ms, new Error("second failure"))),
        );
        await g.go(track("slow", task(ctx, time.Hour, null)));
        const err = await g.wait();
        fmt.println(
          "wait:",
          err === errFirst,
          err?.message,
          time.durationString(time.since(t0)),
        );
        fmt.println(ended.join("\n"));
        fmt.println(
          "ctx:",
          ctx.err()?.message,
          context.cause(ctx) === errFirst,
        );
      },
      { seed: 1 },
    );
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "wait: true first failure 10ms",
      "fast ok: ok at 5ms",
      "fails: first failure at 10ms",
    ]);
    expect(lines.slice(3, 5).sort()).toEqual([
      "fails later: context canceled at 10ms",
      "slow: context canceled at 10ms",
    ]);
    expect(lines.slice(5)).toEqual(["ctx: context canceled true", ""]);
  });

  it("wait returns null when every task succeeds, then cancels the context", async () => {
    const r = await run(
      async () => {
        const [g, ctx] = errgroup.withContext(context.background());
        let sum = 0;
        for (let i = 1; i <= 3; i++) {
          await g.go(async () => {
            await time.sleep(i * ms);
            sum += i;
            return null;
          });
        }
        fmt.println(ctx.err());
        fmt.println(
          await g.wait(),
          sum,
          ctx.err()?.message,
          context.cause(ctx) === context.Canceled,
        );
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("<nil>\n<nil> 6 context canceled true\n");
  });

  it("a zero Group keeps the first error and cancels nothing", async () => {
    const r = await run(
      async () => {
        const g = new errgroup.Group();
        await g.go(() => new Error("a"));
        await g.go(async () => {
          await time.sleep(ms);
          return new Error("b");
        });
        await g.go(() => {});
        fmt.println((await g.wait())?.message);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("a\n");
  });

  it("setLimit bounds the goroutines running at once; go waits for room in chan send", async () => {
    const r = await run(
      async () => {
        const t0 = time.now();
        const g = new errgroup.Group();
        g.setLimit(2);
        let running = 0;
        let most = 0;
        for (let i = 0; i < 5; i++) {
          await g.go(async () => {
            most = Math.max(most, ++running);
            await time.sleep(10 * ms);
            running--;
          });
        }
        await g.wait();
        fmt.println(
          "most at once:",
          most,
          "elapsed:",
          time.durationString(time.since(t0)),
        );
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("most at once: 2 elapsed: 30ms\n");
    expect(
      r.trace.some(
        (e) => e.g === 1 && e.kind === "block" && e.reason === "chan send",
      ),
    ).toBe(true);
  });

  it("tryGo starts a task only if the limit allows", async () => {
    const r = await run(
      async () => {
        const g = new errgroup.Group();
        fmt.println(await g.tryGo(() => null));
        await g.wait();
        g.setLimit(1);
        const started = [
          await g.tryGo(async () => {
            await time.sleep(ms);
          }),
          await g.tryGo(() => null),
        ];
        fmt.println(started);
        await g.wait();
        fmt.println(await g.tryGo(() => null));
        await g.wait();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("true\n[true false]\ntrue\n");
  });

  it("changing the limit while tasks run panics, as Go's does", async () => {
    const r = await run(
      async () => {
        const g = new errgroup.Group();
        g.setLimit(3);
        await g.go(() => time.sleep(ms));
        await g.go(() => time.sleep(ms));
        try {
          g.setLimit(5);
        } catch (e) {
          fmt.println("panic:", recover(e));
        }
        await g.wait();
        g.setLimit(-1);
        for (let i = 0; i < 10; i++) await g.go(() => null);
        fmt.println(await g.wait());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "panic: errgroup: modify limit while 2 goroutines in the group are still active\n<nil>\n",
    );
  });

  it("a task that throws panics the program, as a panicking goroutine does in Go", async () => {
    const r = await run(
      async () => {
        const g = new errgroup.Group();
        await g.go(() => {
          throw new Error("not an error value: a panic");
        });
        fmt.println(await g.wait());
      },
      { seed: 1 },
    );
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.message).toMatch(/^panic: not an error value: a panic\n/);
  });
});
