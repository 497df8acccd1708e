import { describe, expect, it } from "vitest";
import { go } from "go";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as sync from "go/sync";

describe("sync.Pool", () => {
  it("calls new only when it has nothing to give", async () => {
    const r = await run(
      async () => {
        const myPool = new sync.Pool({
          new: () => {
            fmt.println("Creating new instance.");
            return {};
          },
        });
        myPool.get();
        const instance = myPool.get()!;
        myPool.put(instance);
        fmt.println(myPool.get() === instance);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "Creating new instance.\nCreating new instance.\ntrue\n",
    );
  });

  it("without new, an empty pool gives null; null and undefined are not put", async () => {
    const r = await run(
      async () => {
        const p = new sync.Pool<string | null>();
        fmt.println(p.get(), p.new === undefined);
        p.put(null);
        p.put("a");
        p.put("b");
        fmt.println(p.get(), p.get(), p.get());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("<nil> true\nb a <nil>\n");
  });

  it("exposes its new function as pool.new", async () => {
    const r = await run(
      async () => {
        const p = new sync.Pool({ new: () => 42 });
        fmt.println(p.new!(), p.get());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("42 42\n");
  });

  it("1,048,576 goroutines share a few buffers: the program completes", async () => {
    const r = await run(
      async () => {
        let numCalcsCreated = 0;
        const calcPool = new sync.Pool({
          new: () => {
            numCalcsCreated += 1;
            return new Uint8Array(1024);
          },
        });
        // Seed the pool with 4 KB.
        for (let i = 0; i < 4; i++) calcPool.put(calcPool.new!());
        const numWorkers = 1024 * 1024;
        const wg = new sync.WaitGroup();
        wg.add(numWorkers);
        for (let i = numWorkers; i > 0; i--) {
          go(() => {
            const mem = calcPool.get()!;
            mem[0] = 1; // something interesting, but quick, with the memory
            calcPool.put(mem);
            wg.done();
          });
        }
        await wg.wait();
        fmt.printf("%d calculators were created.\n", numCalcsCreated);
      },
      { seed: 1, trace: false },
    );
    expect(r.exitCode).toBe(0);
    // Each goroutine gives its buffer back before the next one runs.
    expect(r.stdout).toBe("4 calculators were created.\n");
  }, 30_000);
});
