import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { go, recover } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as time from "go/time";

const thisFile = new URL(import.meta.url).pathname;
const source = readFileSync(thisFile, "utf8").split("\n");
function lineOf(name: string): number {
  return source.findIndex((l) => l.includes(`// @${name}`)) + 1;
}

const ms = time.Millisecond;

describe("sync.WaitGroup", () => {
  it("wait returns when every goroutine has called done", async () => {
    const r = await run(
      async () => {
        const start = time.now();
        const wg = new sync.WaitGroup();
        for (let i = 1; i <= 3; i++) {
          wg.add(1);
          go(async () => {
            try {
              await time.sleep(i * 10 * ms);
              fmt.println("worker", i, "done");
            } finally {
              wg.done();
            }
          });
        }
        await wg.wait();
        fmt.println("all done after", time.durationString(time.since(start)));
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "worker 1 done\nworker 2 done\nworker 3 done\nall done after 30ms\n",
    );
  });

  it("releases every waiter, and wait on a zero counter returns at once", async () => {
    const r = await run(
      async () => {
        const wg = new sync.WaitGroup();
        await wg.wait();
        fmt.println("zero: no wait");
        wg.add(1);
        const done = new sync.WaitGroup();
        for (let i = 0; i < 3; i++) {
          done.go(async () => {
            await wg.wait();
            fmt.println("waiter released");
          });
        }
        await time.sleep(5 * ms);
        wg.done();
        await done.wait();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("zero: no wait\n" + "waiter released\n".repeat(3));
  });

  it("wg.go adds, runs the function in a goroutine and calls done when it returns", async () => {
    const r = await run(
      async () => {
        const wg = new sync.WaitGroup();
        let n = 0;
        wg.go(() => {
          n += 1;
        });
        wg.go(async () => {
          await time.sleep(5 * ms);
          n += 10;
        });
        await wg.wait();
        fmt.println(n, runtime.numGoroutine());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("11 1\n");
  });

  it("a negative counter panics: sync: negative WaitGroup counter", async () => {
    const r = await run(
      async () => {
        const wg = new sync.WaitGroup();
        try {
          wg.done();
        } catch (e) {
          fmt.println("recovered:", recover(e));
        }
        const wg2 = new sync.WaitGroup();
        wg2.add(1);
        wg2.done();
        wg2.done(); // @negative
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("recovered: sync: negative WaitGroup counter\n");
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.value).toBe("sync: negative WaitGroup counter");
    expect(r.error?.message).toMatch(
      /^panic: sync: negative WaitGroup counter\n\ngoroutine 1 \[running\]:\n/,
    );
    expect(r.error?.message).toContain(`${thisFile}:${lineOf("negative")}:`);
  });

  it("waiting for a done that never comes deadlocks in sync.WaitGroup.Wait", async () => {
    const r = await (
      await run(
        async () => {
          const wg = new sync.WaitGroup();
          wg.add(2);
          go(() => wg.done());
          await wg.wait(); // @waits
        },
        { seed: 1 },
      )
    ).locate();
    expect(r.error?.kind).toBe("deadlock");
    expect(
      r.error?.goroutines.map((g) => [g.id, g.waitReason, g.location?.line]),
    ).toEqual([[1, "sync.WaitGroup.Wait", lineOf("waits")]]);
    expect(r.error?.message).toContain("goroutine 1 [sync.WaitGroup.Wait]:\n");
  });

  it("add before an earlier wait has returned panics: sync: WaitGroup is reused before previous Wait has returned", async () => {
    const r = await run(
      async () => {
        const wg = new sync.WaitGroup();
        wg.add(1);
        for (let i = 0; i < 2; i++) {
          go(async () => {
            await wg.wait();
          });
        }
        await runtime.gosched();
        wg.done(); // releases both waiters...
        wg.add(1); // ...but reuses the group before they have returned
        await runtime.gosched();
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.message).toMatch(
      /^panic: sync: WaitGroup is reused before previous Wait has returned\n/,
    );
  });

  it("records a waiter's block and wake", async () => {
    const r = await run(
      async () => {
        const wg = new sync.WaitGroup();
        wg.add(1);
        go(() => wg.done());
        await wg.wait();
      },
      { seed: 1, numCPU: 1 },
    );
    const ev = r.trace.filter(
      (e) => e.g === 1 && (e.kind === "block" || e.kind === "wake"),
    );
    expect(ev.map((e) => [e.kind, e.reason])).toEqual([
      ["block", "sync.WaitGroup.Wait"],
      ["wake", undefined],
    ]);
  });
});
