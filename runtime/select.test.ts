import { describe, expect, it } from "vitest";
import { chan, go, recv, recover, select, send } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as time from "go/time";

describe("select", () => {
  it("waits on several channels and takes whichever is ready", async () => {
    const r2 = await run(async () => {
      const t0 = time.now();
      const a = chan<string>();
      const b = chan<string>();
      go(async () => {
        await time.sleep(20 * time.Millisecond);
        await a.send("a");
      });
      go(async () => {
        await time.sleep(10 * time.Millisecond);
        await b.send("b");
      });
      for (let i = 0; i < 2; i++) {
        const msg = await select([
          recv(a, (v) => `from a: ${v}`),
          recv(b, (v) => `from b: ${v}`),
        ]);
        fmt.println(msg, time.durationString(time.since(t0)));
      }
    });
    expect(r2.stdout).toBe("from b: b 10ms\nfrom a: a 20ms\n");
  });

  it("chooses uniformly among ready cases: each of two within 40–60% of 1000 rounds", async () => {
    for (const seed of [1, 2, 3]) {
      const r = await run(
        async () => {
          const a = chan<number>(1);
          const b = chan<number>(1);
          let na = 0;
          let nb = 0;
          for (let i = 0; i < 1000; i++) {
            await a.send(1);
            await b.send(1);
            await select([recv(a, () => na++), recv(b, () => nb++)]);
            // Empty the other one for the next round.
            await select([recv(a), recv(b)]);
          }
          fmt.println(na, nb);
        },
        { seed, trace: false },
      );
      const [na, nb] = r.stdout.trim().split(" ").map(Number);
      expect(na! + nb!).toBe(1000);
      expect(na).toBeGreaterThanOrEqual(400);
      expect(na).toBeLessThanOrEqual(600);
    }
  });

  it("runs the default case when nothing is ready, without blocking", async () => {
    const r = await run(async () => {
      const c = chan<number>();
      const got = await select(
        [recv(c, (v) => `got ${v}`)],
        () => "nothing ready",
      );
      fmt.println(got);
      const full = chan<number>(1);
      await full.send(1);
      fmt.println(
        await select([send(full, 2, () => "sent")], () => "would block"),
      );
    });
    expect(r.stdout).toBe("nothing ready\nwould block\n");
  });

  it("never chooses a nil channel's case", async () => {
    const r = await run(async () => {
      const c = chan<number>(1);
      await c.send(5);
      for (let i = 0; i < 50; i++) {
        const v = await select(
          [recv(null, () => "nil recv"), send(null, 1, () => "nil send")],
          () => "default",
        );
        if (v !== "default") fmt.println("wrong:", v);
      }
      fmt.println(
        await select([recv(null, () => "nil"), recv(c, (v) => `c ${v}`)]),
      );
    });
    expect(r.stdout).toBe("c 5\n");
  });

  it("delivers a send case to a waiting receiver", async () => {
    const r = await run(async () => {
      const c = chan<string>();
      const done = chan();
      go(async () => {
        fmt.println("received", await c.recv());
        await done.send();
      });
      fmt.println(await select([send(c, "hello", () => "sent")]));
      await done.recv();
    });
    expect(r.stdout.split("\n").sort().join("\n")).toBe(
      "\nreceived hello\nsent",
    );
  });

  it("gets ok false from a closed channel, and panics sending to one", async () => {
    const r = await run(async () => {
      const c = chan<number>();
      c.close();
      fmt.println(await select([recv(c, (v, ok) => [v, ok])]));
      fmt.println(await select([recv(c, (v, ok) => [v, ok]), recv(null)]));
      try {
        await select([send(c, 1), recv(null)]);
      } catch (e) {
        fmt.println("recovered:", recover(e));
      }
    });
    expect(r.stdout).toBe(
      "[<nil> false]\n[<nil> false]\nrecovered: send on closed channel\n",
    );
  });

  it("a blocked select is woken by close", async () => {
    const r = await run(async () => {
      const c = chan<number>();
      const other = chan<number>();
      go(async () => {
        await time.sleep(time.Second);
        c.close();
      });
      const res = await select([
        recv(c, (v, ok) => `c closed: ${!ok}`),
        recv(other, () => "other"),
      ]);
      fmt.println(res);
      // The losing case was removed from `other`'s queue: a send to it now
      // finds no receiver and select's default runs.
      fmt.println(
        await select([send(other, 1, () => "sent")], () => "no receiver"),
      );
    });
    expect(r.stdout).toBe("c closed: true\nno receiver\n");
  });

  it("the same channel may appear in several cases", async () => {
    const r = await run(async () => {
      const c = chan<number>(1);
      const seen = new Set<string>();
      for (let i = 0; i < 100; i++) {
        await c.send(i);
        seen.add(
          await select([recv(c, () => "first"), recv(c, () => "second")]),
        );
      }
      fmt.println([...seen].sort());
    });
    expect(r.stdout).toBe("[first second]\n");
  });

  it("select with no cases blocks forever: select (no cases)", async () => {
    const r = await run(async () => {
      await select([]);
    });
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines[0]?.waitReason).toBe("select (no cases)");
  });

  it("a one-case select waits as the plain operation does", async () => {
    const reasons: string[] = [];
    for (const body of [
      () => select([recv(null)]),
      () => select([send(null, 1)]),
      () => select([recv(chan<number>())]),
      () => select([send(chan<number>(), 1)]),
      () => select([recv(null), send(null, 1)]),
    ]) {
      const r = await run(async () => {
        await body();
      });
      reasons.push(r.error!.goroutines[0]!.waitReason);
    }
    expect(reasons).toEqual([
      "chan receive (nil chan)",
      "chan send (nil chan)",
      "chan receive",
      "chan send",
      "select",
    ]);
  });

  it("escapes a two-channel deadlock by selecting on both operations", async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = await run(
        async () => {
          const a = chan<string>();
          const b = chan<string>();
          const done = chan<void>();
          go(async () => {
            // Sends on a while main sends on b: a plain send would deadlock.
            const got = await select([send(a, "from g"), recv(b, (v) => v)]);
            if (got !== undefined) fmt.println("g received", got);
            done.close();
          });
          const got = await select([send(b, "from main"), recv(a, (v) => v)]);
          if (got !== undefined) fmt.println("main received", got);
          await done.recv();
        },
        { seed },
      );
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(
        /^(g received from main|main received from g)\n$/,
      );
    }
  });
});
