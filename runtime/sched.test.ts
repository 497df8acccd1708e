import { describe, expect, it } from "vitest";
import { chan, go, panic } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import { run } from "go/run";
import * as time from "go/time";

const thisFile = new URL(import.meta.url).pathname;

// Two goroutines print their letters with a scheduling point between each:
// the interleaving depends on the seed.
async function racy() {
  const done = chan<void>();
  for (const word of ["ab", "xy"]) {
    go(async () => {
      for (const ch of word) {
        fmt.print(ch);
        await runtime.gosched();
      }
      await done.send();
    });
  }
  await done.recv();
  await done.recv();
  fmt.println();
}

describe("determinism", () => {
  it("the same seed gives the same output and trace", async () => {
    const a = await run(racy, { seed: 99 });
    const b = await run(racy, { seed: 99 });
    expect(a.stdout).toBe(b.stdout);
    expect(a.trace).toEqual(b.trace);
    expect(a.trace.length).toBeGreaterThan(10);
    expect(a.seed).toBe(99);
  });

  it("20 seeds of a racy program give at least two different outputs", async () => {
    const outputs = new Set<string>();
    for (let seed = 1; seed <= 20; seed++)
      outputs.add((await run(racy, { seed })).stdout);
    expect(outputs.size).toBeGreaterThanOrEqual(2);
    for (const out of outputs)
      expect(out.trim().split("").sort().join("")).toBe("abxy");
  });

  it("a run without a seed picks one and reports it, and that seed replays it", async () => {
    const a = await run(racy);
    expect(Number.isInteger(a.seed)).toBe(true);
    const b = await run(racy, { seed: a.seed });
    expect(b.stdout).toBe(a.stdout);
  });

  it("Math.random inside a run follows the seed", async () => {
    const prog = async () => fmt.println(Math.random(), Math.random());
    const a = await run(prog, { seed: 5 });
    const b = await run(prog, { seed: 5 });
    const c = await run(prog, { seed: 6 });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });
});

describe("goroutines and the scheduler", () => {
  it("with GOMAXPROCS(1) the newest goroutine runs first (runnext), then the rest in order", async () => {
    const r = await run(async () => {
      runtime.GOMAXPROCS(1);
      const done = chan<void>(3);
      for (const name of ["first", "second", "third"]) {
        go(async () => {
          fmt.println(name);
          await done.send();
        });
      }
      for (let i = 0; i < 3; i++) await done.recv();
    });
    expect(r.stdout).toBe("third\nfirst\nsecond\n");
  });

  it("evaluates go's arguments at the go statement", async () => {
    const r = await run(async () => {
      const done = chan<void>();
      let x = 1;
      go(async (v: number) => {
        fmt.println("goroutine saw", v);
        await done.send();
      }, x * 10);
      x = 2;
      await done.recv();
      fmt.println("x is now", x);
    });
    expect(r.stdout).toBe("goroutine saw 10\nx is now 2\n");
  });

  it("when main returns the program ends, and the others are reported as leaked", async () => {
    const r = await (
      await run(
        async () => {
          go(async () => {
            await chan<number>().recv();
          });
          go(async () => {
            await time.sleep(time.Hour);
            fmt.println("never printed");
          });
          await runtime.gosched();
          fmt.println("main done");
        },
        { numCPU: 1 },
      )
    ).locate();
    expect(r.exitCode).toBe(0);
    expect(r.error).toBe(null);
    expect(r.stdout).toBe("main done\n");
    expect(r.leaked.map((g) => [g.id, g.waitReason])).toEqual([
      [2, "chan receive"],
      [3, "sleep"],
    ]);
    expect(r.leaked[0]!.location?.file).toBe(thisFile);
    expect(r.elapsed).toBe(0);
  });

  it("numGoroutine counts live goroutines; numCPU and GOMAXPROCS follow the run's options", async () => {
    const r = await run(
      async () => {
        fmt.println(
          runtime.numGoroutine(),
          runtime.numCPU(),
          runtime.GOMAXPROCS(),
        );
        const block = chan<void>();
        for (let i = 0; i < 3; i++) go(() => block.recv());
        await runtime.gosched();
        fmt.println(
          runtime.numGoroutine(),
          runtime.GOMAXPROCS(2),
          runtime.GOMAXPROCS(),
        );
        block.close();
        await time.sleep(1);
        fmt.println(runtime.numGoroutine());
      },
      { numCPU: 4 },
    );
    expect(r.stdout).toBe("1 4 4\n4 4 2\n1\n");
    expect(r.peakGoroutines).toBe(4);
  });

  it("console.log prints to the program's output", async () => {
    const r = await run(async () => {
      console.log("hi", 1, true, null, undefined, [1, 2]);
    });
    expect(r.stdout).toBe("hi 1 true null undefined [1 2]\n");
  });

  it("goroutines may be plain (non-async) functions", async () => {
    const r = await run(
      async () => {
        go((a: number, b: number) => fmt.println("sum", a + b), 2, 3);
        await runtime.gosched();
      },
      { numCPU: 1 },
    );
    expect(r.stdout).toBe("sum 5\n");
  });

  it("a goroutine that never blocks still lets main finish when GOMAXPROCS(1) preempts at scheduling points", async () => {
    const r = await run(async () => {
      runtime.GOMAXPROCS(1);
      let stop = false;
      go(async () => {
        while (!stop) await runtime.gosched();
      });
      await runtime.gosched();
      stop = true;
      fmt.println("main got the processor back");
    });
    expect(r.stdout).toBe("main got the processor back\n");
  });
});

describe("panics", () => {
  it("panic(v) ends the program with Go's message, the goroutine and its stack", async () => {
    const r = await run(async () => {
      fmt.println("before");
      panic("something went wrong");
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("before\n");
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.value).toBe("something went wrong");
    const lines = r.error!.message.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "panic: something went wrong",
      "",
      "goroutine 1 [running]:",
    ]);
    expect(lines[4]).toMatch(new RegExp(`^\\t${thisFile}:\\d+:\\d+$`));
  });

  it("an uncaught exception in any goroutine is a panic too", async () => {
    const r = await run(async () => {
      go(async () => {
        await time.sleep(time.Second);
        const o = null as unknown as { x: number };
        fmt.println(o.x);
      });
      await time.sleep(time.Hour);
      fmt.println("not reached");
    });
    expect(r.exitCode).toBe(2);
    expect(r.error?.message).toMatch(
      /^panic: TypeError: .*\n\ngoroutine 2 \[running\]:\n/,
    );
    expect(r.elapsed).toBe(time.Second);
  });

  it("errors print their message; other values as fmt's %v", async () => {
    const msgs: string[] = [];
    for (const v of [new Error("boom"), 42, [1, 2]]) {
      const r = await run(async () => panic(v));
      msgs.push(r.error!.message.split("\n")[0]!);
    }
    expect(msgs).toEqual(["panic: boom", "panic: 42", "panic: [1 2]"]);
  });

  it("throwing a value that cannot even be printed still ends the run with a panic", async () => {
    const nasty = {
      get message(): string {
        throw new Error("gotcha");
      },
      toString(): string {
        throw new Error("gotcha");
      },
    };
    const r = await run(async () => {
      throw nasty;
    });
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.message).toMatch(/^panic: /);
    expect(r.error?.value).toBe(nasty);
  });
});

describe("synctest.wait", () => {
  it("returns once every other goroutine is blocked or done, without moving the clock", async () => {
    const { wait } = await import("go/synctest");
    const r = await run(async () => {
      const c = chan<number>(10);
      for (let i = 0; i < 3; i++) {
        go(async () => {
          await runtime.gosched();
          await c.send(i);
        });
      }
      go(() => time.sleep(time.Hour));
      await wait();
      fmt.println(c.len, runtime.numGoroutine());
    });
    expect(r.stdout).toBe("3 2\n");
    expect(r.elapsed).toBe(0);
    expect(r.leaked.map((g) => g.waitReason)).toEqual(["sleep"]);
  });
});

describe("a missing await", () => {
  it("is caught when the goroutine returns while still blocked", async () => {
    const r = await run(async () => {
      const ch = chan<number>();
      go(async () => {
        void ch.send(1); // forgot await
      });
      await time.sleep(time.Second);
    });
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.message).toMatch(
      /^panic: goroutine 2 went on without awaiting chan send: await every/,
    );
  });

  it("is caught when a goroutine waits for two things at once", async () => {
    const r = await run(async () => {
      const a = chan<number>();
      const b = chan<number>();
      await Promise.all([a.recv(), b.recv()]);
    });
    expect(r.error?.message).toMatch(
      /^panic: goroutine 1 went on without awaiting chan receive/,
    );
    expect(r.error?.message).toContain("wait for several at once with select");
  });
});

describe("deadlock", () => {
  it("prints Go's message and every goroutine with its wait reason and line", async () => {
    async function main() {
      const ch = chan<number>();
      go(async () => {
        await ch.send(1);
        await ch.send(2); // nobody receives the second value
      });
      await ch.recv();
      await chan<number>().recv(); // main waits for ever
    }
    const r = await (await run(main)).locate();
    expect(r.exitCode).toBe(2);
    expect(r.error?.kind).toBe("deadlock");
    const lines = r.error!.message.split("\n");
    expect(lines[0]).toBe("fatal error: all goroutines are asleep - deadlock!");
    expect(lines[2]).toBe("goroutine 1 [chan receive]:");
    expect(lines[3]).toBe("main.main()");
    expect(r.error?.goroutines.map((g) => [g.id, g.waitReason])).toEqual([
      [1, "chan receive"],
      [2, "chan send"],
    ]);
    const [mainG, sender] = r.error!.goroutines;
    // The lines of the two awaits above, in this file.
    const src = await import("node:fs").then((fs) =>
      fs.readFileSync(thisFile, "utf8").split("\n"),
    );
    expect(src[mainG!.location!.line - 1]).toContain(
      "await chan<number>().recv(); // main waits for ever",
    );
    expect(src[sender!.location!.line - 1]).toContain(
      "await ch.send(2); // nobody receives",
    );
    expect(sender!.createdBy?.goroutine).toBe(1);
    expect(r.error!.message).toContain("created by main.main in goroutine 1\n");
  });

  it("names each wait reason as Go does", async () => {
    const reasons = new Map<string, () => PromiseLike<unknown>>([
      ["chan receive", () => chan<number>().recv()],
      ["chan send", () => chan<number>().send(1)],
      [
        "select",
        async () => {
          const { select, recv } = await import("go");
          return select([recv(chan<number>()), recv(chan<string>())]);
        },
      ],
      ["select (no cases)", async () => (await import("go")).select([])],
    ]);
    for (const [reason, block] of reasons) {
      const r = await run(async () => {
        await block();
      });
      expect(r.error?.goroutines[0]?.waitReason).toBe(reason);
      expect(r.error?.message).toContain(`goroutine 1 [${reason}]:`);
    }
  });

  it("is found even while goroutines sleep first", async () => {
    const r = await run(async () => {
      await time.sleep(time.Minute);
      await chan<void>().recv();
    });
    expect(r.error?.kind).toBe("deadlock");
    expect(r.elapsed).toBe(time.Minute);
  });
});

describe("limits", () => {
  it("maxGoroutines", async () => {
    const r = await run(
      async () => {
        for (;;) go(() => chan<void>().recv());
      },
      { maxGoroutines: 100 },
    );
    expect(r.error).toMatchObject({
      kind: "limit",
      message: "program exceeded the limit of 100 goroutines",
    });
    expect(r.exitCode).toBe(2);
  });

  it("maxSteps", async () => {
    const r = await run(
      async () => {
        for (;;) await runtime.gosched();
      },
      { maxSteps: 500 },
    );
    expect(r.error?.kind).toBe("limit");
    expect(r.error?.message).toContain("500 scheduling steps");
  });

  it("maxOutputBytes keeps the output up to the limit", async () => {
    const r = await run(
      async () => {
        for (;;) fmt.println("0123456789");
      },
      { maxOutputBytes: 25 },
    );
    expect(r.error?.message).toBe(
      "program exceeded the output limit of 25 bytes",
    );
    expect(r.stdout).toBe("0123456789\n0123456789\n012");
  });

  it("maxVirtualTime", async () => {
    const r = await run(
      async () => {
        for (;;) await time.sleep(time.Hour);
      },
      { maxVirtualTime: 10 * time.Hour },
    );
    expect(r.error?.kind).toBe("limit");
    expect(r.error?.message).toContain("virtual time");
    expect(r.elapsed).toBe(10 * time.Hour);
  });

  it("a goroutine stuck on something outside the runtime is stopped, not left hanging", async () => {
    const r = await run(
      async () => {
        fmt.println("waiting on a promise that never settles");
        await new Promise(() => {});
      },
      { maxStall: 100 },
    );
    expect(r.error?.kind).toBe("limit");
    expect(r.error?.message).toMatch(
      /^goroutine 1 waited 100 ms for something that is not a Go runtime operation/,
    );
    expect(r.stdout).toBe("waiting on a promise that never settles\n");
  });

  it("streams output to onOutput as it is printed", async () => {
    const seen: string[] = [];
    await run(
      async () => {
        fmt.println("one");
        await time.sleep(time.Second);
        fmt.println("two");
      },
      { onOutput: (t) => seen.push(t) },
    );
    expect(seen).toEqual(["one\n", "two\n"]);
  });

  it("streams output once, even when a deadlock is replayed for locations", async () => {
    const seen: string[] = [];
    const program = async () => {
      fmt.println("before the deadlock");
      await chan<void>().recv();
    };
    const r = await run(program, {
      onOutput: (t) => seen.push(t),
      replay: () => program,
    });
    expect(r.locations).toBe(true);
    expect(r.error?.kind).toBe("deadlock");
    expect(seen).toEqual(["before the deadlock\n"]);
  });
});

describe("trace", () => {
  it("records spawn, block, wake, send, recv, close, sleep, print and exit with goroutine and time", async () => {
    const r = await run(
      async () => {
        const ch = chan<number>();
        go(async () => {
          await time.sleep(time.Second);
          await ch.send(7);
          ch.close();
        });
        fmt.println(await ch.recv());
      },
      { seed: 3, numCPU: 1 },
    );
    const kinds = r.trace.map((e) => `${e.g}:${e.kind}`);
    expect(kinds).toEqual([
      "0:spawn",
      "1:spawn",
      "1:block",
      "2:sleep",
      "2:block",
      "2:wake",
      "2:send",
      "1:recv",
      "1:wake",
      "2:close",
      "2:exit",
      "1:print",
      "1:exit",
    ]);
    const send = r.trace.find((e) => e.kind === "send")!;
    expect(send).toMatchObject({ t: time.Second, value: 7 });
  });

  it("records source locations when asked", async () => {
    const r = await run(
      async () => {
        const ch = chan<number>(1);
        await ch.send(1);
      },
      { locations: true },
    );
    const send = r.trace.find((e) => e.kind === "send")!;
    expect(send.loc?.file).toBe(thisFile);
  });
});
