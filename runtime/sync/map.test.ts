import { describe, expect, it } from "vitest";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as runtime from "go/runtime";
import * as sync from "go/sync";

describe("sync.Map", () => {
  it("load, store, loadOrStore, loadAndDelete and delete as in Go", async () => {
    const r = await run(
      async () => {
        const m = new sync.Map<string, number>();
        fmt.println(m.load("a"));
        m.store("a", 1);
        fmt.println(m.load("a"));
        fmt.println(m.loadOrStore("a", 2), m.loadOrStore("b", 3));
        fmt.println(m.loadAndDelete("a"), m.loadAndDelete("a"));
        m.delete("b");
        fmt.println(m.load("b"));
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "[<nil> false]\n[1 true]\n[1 true] [3 false]\n[1 true] [<nil> false]\n[<nil> false]\n",
    );
  });

  it("swap, compareAndSwap, compareAndDelete and clear", async () => {
    const r = await run(
      async () => {
        const m = new sync.Map<string, string>();
        fmt.println(m.swap("k", "v1"), m.swap("k", "v2"));
        fmt.println(
          m.compareAndSwap("k", "v1", "x"),
          m.compareAndSwap("k", "v2", "v3"),
          m.load("k"),
        );
        fmt.println(
          m.compareAndSwap("missing", "a", "b"),
          m.compareAndDelete("k", "nope"),
          m.compareAndDelete("k", "v3"),
        );
        m.store("a", "1");
        m.clear();
        fmt.println(m.load("a"));
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "[<nil> false] [v1 true]\nfalse true [v3 true]\nfalse false true\n[<nil> false]\n",
    );
  });

  it("range visits every entry until the function returns false", async () => {
    const r = await run(
      async () => {
        const m = new sync.Map<number, string>();
        for (let i = 0; i < 5; i++) m.store(i, `v${i}`);
        let n = 0;
        m.range(() => {
          n++;
          return true;
        });
        let stopped = 0;
        m.range((k) => {
          stopped++;
          return k !== 1;
        });
        fmt.println(n, stopped);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("5 2\n");
  });

  it("goroutines that store and load concurrently see a consistent map", async () => {
    const r = await run(
      async () => {
        const m = new sync.Map<number, number>();
        const wg = new sync.WaitGroup();
        for (let i = 0; i < 100; i++) {
          wg.go(async () => {
            const [v] = m.loadOrStore(i % 10, i);
            await runtime.gosched();
            m.store(100 + i, v);
          });
        }
        await wg.wait();
        let count = 0;
        m.range(() => {
          count++;
          return true;
        });
        fmt.println(count);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("110\n");
  });
});
