import { describe, expect, it } from "vitest";
import { chan, go, recv, select } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as time from "go/time";

// The Go Tour's tick/boom program, as written on go.dev/tour/concurrency/6.
async function tickBoom() {
  const tick = time.tick(100 * time.Millisecond);
  const boom = time.after(500 * time.Millisecond);
  for (;;) {
    const done = await select(
      [
        recv(tick, () => {
          fmt.println("tick.");
          return false;
        }),
        recv(boom, () => {
          fmt.println("BOOM!");
          return true;
        }),
      ],
      async () => {
        fmt.println("    .");
        await time.sleep(50 * time.Millisecond);
        return false;
      },
    );
    if (done) return;
  }
}

const dotsAndTicks = "    .\n    .\ntick.\n".repeat(5);

describe("virtual time", () => {
  it("sleeping two hours takes no wall time and reports two hours elapsed", async () => {
    const wall = Date.now();
    const r = await run(async () => {
      const start = time.now();
      await time.sleep(2 * time.Hour);
      fmt.println(time.durationString(time.since(start)));
    });
    expect(r.stdout).toBe("2h0m0s\n");
    expect(r.elapsed).toBe(2 * time.Hour);
    expect(Date.now() - wall).toBeLessThan(5000);
  });

  it("the tick/boom program prints as on the Go playground", async () => {
    const r = await run(tickBoom, { seed: 4 });
    // At 500 ms the fifth tick and the boom are both ready; select picks one
    // at random. Seed 4 picks the tick first, as the playground's run shows.
    expect(r.stdout).toBe(`${dotsAndTicks}BOOM!\n`);
    expect(r.elapsed).toBe(500 * time.Millisecond);
  });

  it("the tick/boom program ends one of the two legal ways under every seed", async () => {
    const endings = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const r = await run(tickBoom, { seed, trace: false });
      expect([
        `${dotsAndTicks}BOOM!\n`,
        `${dotsAndTicks.slice(0, -"tick.\n".length)}BOOM!\n`,
      ]).toContain(r.stdout);
      endings.add(r.stdout);
    }
    expect(endings.size).toBe(2);
  });

  it("fires every timer due at an instant, in the order they were set, before any goroutine runs", async () => {
    const r = await run(async () => {
      const t0 = time.now();
      const out = chan<string>(10);
      for (const name of ["a", "b", "c"]) {
        go(async () => {
          await time.sleep(time.Second);
          await out.send(name);
        });
      }
      const late = time.after(time.Second);
      await time.sleep(time.Second);
      // Everything due at 1s has fired: `late` is ready, and all three
      // sleepers are runnable.
      fmt.println(
        late.len === 0 &&
          (await select([recv(late, () => "late ready")], () => "not ready")),
      );
      const names = [
        await out.recv(),
        await out.recv(),
        await out.recv(),
      ].sort();
      fmt.println(names, time.durationString(time.since(t0)));
    });
    expect(r.stdout).toBe("late ready\n[a b c] 1s\n");
  });

  it("time.after times out a receive that never comes", async () => {
    const r = await run(async () => {
      const never = chan<number>();
      const res = await select([
        recv(never, () => "value"),
        recv(time.after(3 * time.Second), () => "timeout"),
      ]);
      fmt.println(res);
    });
    expect(r.stdout).toBe("timeout\n");
    expect(r.elapsed).toBe(3 * time.Second);
  });

  it("a ticker nobody listens to does not keep a deadlocked program alive (Go 1.23)", async () => {
    const r = await run(async () => {
      time.tick(time.Second);
      await chan<number>().recv();
    });
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines.map((g) => g.waitReason)).toEqual([
      "chan receive",
    ]);
  });

  it("a busy-wait polling with select default still reaches its timeout", async () => {
    const r2 = await run(async () => {
      const t0 = time.now();
      const timeout = time.after(time.Second);
      for (;;) {
        if (await select([recv(timeout, () => true)], () => false)) break;
      }
      fmt.println("elapsed", time.durationString(time.since(t0)));
    });
    expect(r2.stdout).toBe("elapsed 1s\n");
  });
});

describe("timers and tickers", () => {
  it("stop before firing returns true and nothing is received; after firing it drains (Go 1.23)", async () => {
    const r = await run(async () => {
      const t = time.newTimer(time.Second);
      fmt.println("stop pending:", t.stop(), "again:", t.stop());
      await time.sleep(2 * time.Second);
      fmt.println(
        await select([recv(t.c, () => "stale value")], () => "nothing"),
      );

      const u = time.newTimer(time.Second);
      await time.sleep(2 * time.Second); // u fired; its value waits in the channel
      fmt.println("stop fired:", u.stop());
      fmt.println(
        await select([recv(u.c, () => "stale value")], () => "nothing"),
      );
    });
    expect(r.stdout).toBe(
      "stop pending: true again: false\nnothing\nstop fired: true\nnothing\n",
    );
  });

  it("reset re-arms a timer from now", async () => {
    const r = await run(async () => {
      const t0 = time.now();
      const t = time.newTimer(time.Second);
      await time.sleep(500 * time.Millisecond);
      fmt.println("reset:", t.reset(time.Second));
      const at = await t.c.recv();
      fmt.println(time.durationString(at.sub(t0)));
    });
    expect(r.stdout).toBe("reset: true\n1.5s\n");
  });

  it("afterFunc runs f in its own goroutine; stop prevents it", async () => {
    const r = await run(async () => {
      const t0 = time.now();
      const done = chan<string>();
      time.afterFunc(time.Second, () => done.send("ran"));
      const stopped = time.afterFunc(time.Second, () =>
        fmt.println("must not run"),
      );
      fmt.println("stopped:", stopped.stop());
      fmt.println(await done.recv(), time.durationString(time.since(t0)));
    });
    expect(r.stdout).toBe("stopped: true\nran 1s\n");
  });

  it("a ticker ticks every period and drops ticks nobody takes", async () => {
    const r = await run(async () => {
      const t0 = time.now();
      const tk = time.newTicker(100 * time.Millisecond);
      for (let i = 0; i < 3; i++) {
        const t = await tk.c.recv();
        fmt.println(time.durationString(t.sub(t0)));
      }
      await time.sleep(450 * time.Millisecond); // ticks at 400, 500, 600, 700 pass; one is kept
      const t = await tk.c.recv();
      fmt.println(time.durationString(t.sub(t0)));
      const next = await tk.c.recv();
      fmt.println(time.durationString(next.sub(t0)));
      tk.stop();
      fmt.println(await select([recv(tk.c, () => "tick")], () => "stopped"));
    });
    expect(r.stdout).toBe("100ms\n200ms\n300ms\n400ms\n800ms\nstopped\n");
  });

  it("newTicker panics on a non-positive interval; tick returns nil", async () => {
    const r = await run(async () => {
      fmt.println(time.tick(0));
      time.newTicker(0);
    });
    expect(r.stdout).toBe("<nil>\n");
    expect(r.error?.message).toMatch(
      /^panic: non-positive interval for NewTicker\n/,
    );
  });
});

describe("Time and Duration", () => {
  it("durationString prints as Go's Duration.String", () => {
    const cases: [number, string][] = [
      [0, "0s"],
      [1, "1ns"],
      [1100, "1.1µs"],
      [2200 * time.Microsecond, "2.2ms"],
      [3300 * time.Millisecond, "3.3s"],
      [-4 * time.Second, "-4s"],
      [90 * time.Minute, "1h30m0s"],
      [2 * time.Hour, "2h0m0s"],
      [61 * time.Second, "1m1s"],
      [
        time.Hour + 2 * time.Minute + 3 * time.Second + 4 * time.Millisecond,
        "1h2m3.004s",
      ],
      [1.5 * time.Second, "1.5s"],
      [100 * time.Millisecond, "100ms"],
      [999, "999ns"],
    ];
    for (const [d, want] of cases)
      expect(time.durationString(d), String(d)).toBe(want);
  });

  it("the clock starts at the Go playground's instant, and prints as Go's Time does", async () => {
    const r = await run(async () => {
      const t = time.now();
      fmt.println(t.toString());
      await time.sleep(1500 * time.Millisecond);
      const u = time.now();
      fmt.println(u.toString());
      fmt.println(
        u.after(t),
        u.before(t),
        u.equal(t.add(1500 * time.Millisecond)),
        u.sub(t),
      );
      fmt.println(t.unix(), u.unixMilli());
    });
    expect(r.stdout).toBe(
      "2009-11-10 23:00:00 +0000 UTC m=+0.000000000\n" +
        "2009-11-10 23:00:01.5 +0000 UTC m=+1.500000000\n" +
        "true false true 1500000000\n" +
        "1257894000 1257894001500\n",
    );
  });
});
