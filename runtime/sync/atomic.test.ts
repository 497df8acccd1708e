import { describe, expect, it } from "vitest";
import { recover } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as atomic from "go/sync/atomic";

describe("sync/atomic", () => {
  it("an atomic counter incremented by 1000 goroutines loses no update", async () => {
    const r = await run(
      async () => {
        const ops = new atomic.Int64();
        const wg = new sync.WaitGroup();
        for (let i = 0; i < 1000; i++) {
          wg.go(async () => {
            for (let c = 0; c < 10; c++) {
              ops.add(1);
              await runtime.gosched();
            }
          });
        }
        await wg.wait();
        fmt.println("ops:", ops.load());
      },
      { seed: 1, trace: false },
    );
    expect(r.stdout).toBe("ops: 10000\n");
  });

  it("Int32 and Uint32 wrap around as Go's int32 and uint32 do", async () => {
    const r = await run(
      async () => {
        const i = new atomic.Int32();
        i.store(2147483647);
        fmt.println(i.add(1), i.add(-1));
        const u = new atomic.Uint32();
        fmt.println(u.add(-1), u.add(2), u.swap(7), u.load());
        fmt.println(u.compareAndSwap(6, 9), u.compareAndSwap(7, 9), u.load());
        fmt.println(u.or(0b110), u.and(0b011), u.load());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "-2147483648 2147483647\n4294967295 1 1 7\nfalse true 9\n9 15 3\n",
    );
  });

  it("Int64 and Uint64 hold numbers; Uint64 wraps below zero", async () => {
    const r = await run(
      async () => {
        const i = new atomic.Int64();
        fmt.println(
          i.add(2 ** 40),
          i.add(-(2 ** 41)),
          i.swap(5),
          i.compareAndSwap(5, 6),
          i.load(),
        );
        fmt.println(i.or(8), i.and(12), i.load());
        const u = new atomic.Uint64();
        fmt.println(u.add(3), u.add(-1), u.load());
        u.store(0);
        fmt.println(u.add(-1) === 2 ** 64 - 1);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "1099511627776 -1099511627776 -1099511627776 true 6\n6 14 12\n3 2 2\ntrue\n",
    );
  });

  it("Bool and Pointer", async () => {
    const r = await run(
      async () => {
        const b = new atomic.Bool();
        fmt.println(
          b.load(),
          b.compareAndSwap(false, true),
          b.compareAndSwap(false, true),
          b.swap(false),
          b.load(),
        );
        const p = new atomic.Pointer<{ name: string }>();
        const cfg = { name: "a" };
        fmt.println(
          p.load(),
          p.compareAndSwap(null, cfg),
          p.load() === cfg,
          p.swap(null) === cfg,
          p.load(),
        );
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "false true false true false\n<nil> true true true <nil>\n",
    );
  });

  it("Value loads what was stored, and panics as Go's does on nil or a change of type", async () => {
    const r = await run(
      async () => {
        const v = new atomic.Value<unknown>();
        fmt.println(v.load());
        v.store("x");
        fmt.println(
          v.load(),
          v.swap("y"),
          v.compareAndSwap("x", "z"),
          v.compareAndSwap("y", "z"),
          v.load(),
        );
        const attempts: [string, () => unknown][] = [
          ["store nil", () => v.store(null)],
          ["store number", () => v.store(1)],
          ["swap nil", () => v.swap(undefined)],
          ["swap number", () => v.swap(1)],
          ["cas nil", () => v.compareAndSwap("z", null)],
          ["cas mixed", () => v.compareAndSwap(1, "z")],
          ["cas number", () => v.compareAndSwap(null, 2)],
        ];
        for (const [name, f] of attempts) {
          try {
            f();
            fmt.println(name, "ok");
          } catch (e) {
            fmt.println(name, "->", recover(e));
          }
        }
        const empty = new atomic.Value<string>();
        fmt.println(
          empty.compareAndSwap("a", "b"),
          empty.compareAndSwap(null, "b"),
          empty.load(),
        );
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      [
        "<nil>",
        "x x false true z",
        "store nil -> sync/atomic: store of nil value into Value",
        "store number -> sync/atomic: store of inconsistently typed value into Value",
        "swap nil -> sync/atomic: swap of nil value into Value",
        "swap number -> sync/atomic: swap of inconsistently typed value into Value",
        "cas nil -> sync/atomic: compare and swap of nil value into Value",
        "cas mixed -> sync/atomic: compare and swap of inconsistently typed values",
        "cas number -> sync/atomic: compare and swap of inconsistently typed value into Value",
        "false true b",
        "",
      ].join("\n"),
    );
  });
});
