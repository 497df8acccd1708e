import { describe, expect, it } from "vitest";
import {
  cap,
  chan,
  close,
  go,
  len,
  type RecvChan,
  recover,
  type SendChan,
} from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import { run } from "go/run";

describe("unbuffered channels", () => {
  it("rendezvous: a send completes only when a receiver takes the value", async () => {
    const r = await run(
      async () => {
        const ch = chan<string>();
        go(async () => {
          fmt.println("sender: sending");
          await ch.send("ping");
          fmt.println("sender: delivered");
        });
        fmt.println("main: receiving");
        fmt.println("main: got", await ch.recv());
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.exitCode).toBe(0);
    // With one P the sender keeps running after the handoff until it ends.
    expect(r.stdout).toBe(
      "main: receiving\nsender: sending\nsender: delivered\nmain: got ping\n",
    );
  });

  it("hands the value straight to a waiting receiver, bypassing the buffer", async () => {
    const r = await run(
      async () => {
        const ch = chan<number>(1);
        go(async () => {
          fmt.println("got", await ch.recv());
        });
        await runtime.gosched(); // the receiver blocks on the empty buffer
        await ch.send(42);
        fmt.println("len after send:", len(ch), "cap:", cap(ch));
        await runtime.gosched();
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.stdout).toBe("len after send: 0 cap: 1\ngot 42\n");
  });

  it("serves blocked senders in the order they blocked", async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = await run(
        async () => {
          const ch = chan<number>();
          for (let i = 0; i < 5; i++) {
            go(async (n: number) => {
              await ch.send(n);
            }, i);
            // Let goroutine i block on the send before starting the next.
            await runtime.gosched();
          }
          const got: number[] = [];
          for (let i = 0; i < 5; i++) got.push(await ch.recv());
          fmt.println(got);
        },
        { seed, numCPU: 1 },
      );
      expect(r.stdout).toBe("[0 1 2 3 4]\n");
    }
  });
});

describe("buffered channels", () => {
  it("holds values FIFO up to its capacity, with len and cap", async () => {
    const r = await run(async () => {
      const ch = chan<string>(3);
      await ch.send("a");
      await ch.send("b");
      fmt.println(ch.len, ch.cap, len(ch), cap(ch));
      fmt.println(await ch.recv(), await ch.recv());
      fmt.println(ch.len);
    });
    expect(r.stdout).toBe("2 3 2 3\na b\n0\n");
  });

  it("keeps FIFO order when a sender waits on a full buffer", async () => {
    const r = await run(async () => {
      const ch = chan<number>(2);
      go(async () => {
        for (let i = 1; i <= 5; i++) await ch.send(i);
        ch.close();
      });
      const got: number[] = [];
      for await (const v of ch) got.push(v);
      fmt.println(got);
    });
    expect(r.stdout).toBe("[1 2 3 4 5]\n");
  });

  it("overfilling the buffer from the only goroutine deadlocks", async () => {
    const r = await run(async () => {
      const ch = chan<number>(2);
      await ch.send(1);
      await ch.send(2);
      await ch.send(3);
    });
    expect(r.exitCode).toBe(2);
    expect(r.error?.kind).toBe("deadlock");
    expect(r.error?.goroutines.map((g) => g.waitReason)).toEqual(["chan send"]);
  });
});

describe("close", () => {
  it("lets receivers drain the buffer, then gives zero values with ok false", async () => {
    const r = await run(async () => {
      const ch = chan<number>(2);
      await ch.send(7);
      close(ch);
      fmt.println(await ch.recvOk());
      fmt.println(await ch.recvOk());
      fmt.println(await ch.recv());
    });
    expect(r.stdout).toBe("[7 true]\n[<nil> false]\n<nil>\n");
  });

  it("wakes every blocked receiver", async () => {
    const r = await run(async () => {
      const ch = chan<number>();
      const done = chan<boolean>();
      for (let i = 0; i < 3; i++) {
        go(async () => {
          const [, ok] = await ch.recvOk();
          await done.send(ok);
        });
      }
      await runtime.gosched();
      ch.close();
      const oks = [await done.recv(), await done.recv(), await done.recv()];
      fmt.println(oks);
    });
    expect(r.stdout).toBe("[false false false]\n");
  });

  it("makes a blocked sender panic: send on closed channel", async () => {
    const r = await run(
      async () => {
        const ch = chan<number>();
        go(async () => {
          await ch.send(1);
        });
        await runtime.gosched();
        ch.close();
        await runtime.gosched();
        fmt.println("not reached");
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.exitCode).toBe(2);
    expect(r.error?.kind).toBe("panic");
    expect(r.error?.message).toMatch(
      /^panic: send on closed channel\n\ngoroutine 2 \[running\]:/,
    );
    expect(r.stdout).toBe("");
  });

  it("panics on send to a closed channel, close of a closed channel and close of nil", async () => {
    const r = await run(async () => {
      const ch = chan<number>(1);
      ch.close();
      for (const f of [() => ch.send(1), () => ch.close(), () => close(null)]) {
        try {
          await f();
        } catch (e) {
          fmt.println("recovered:", recover(e));
        }
      }
    });
    expect(r.stdout).toBe(
      "recovered: send on closed channel\nrecovered: close of closed channel\nrecovered: close of nil channel\n",
    );
  });

  it("ends a for-await range", async () => {
    const r = await run(async () => {
      const ch = chan<number>();
      go(async () => {
        for (let i = 0; i < 3; i++) await ch.send(i * i);
        ch.close();
      });
      for await (const v of ch) fmt.println(v);
      fmt.println("done");
    });
    expect(r.stdout).toBe("0\n1\n4\ndone\n");
  });

  it("len and cap of the nil channel are 0", async () => {
    const r = await run(async () => {
      fmt.println(len(null), cap(null));
    });
    expect(r.stdout).toBe("0 0\n");
  });
});

describe("directions", () => {
  it("a channel can be passed as send-only and receive-only halves", async () => {
    async function producer(out: SendChan<number>) {
      for (let i = 0; i < 3; i++) await out.send(i);
      out.close();
    }
    async function consumer(inp: RecvChan<number>, done: SendChan<void>) {
      let sum = 0;
      for await (const v of inp) sum += v;
      fmt.println("sum", sum);
      await done.send();
    }
    const r = await run(async () => {
      const ch = chan<number>();
      const done = chan();
      go(producer, ch);
      go(consumer, ch, done);
      await done.recv();
    });
    expect(r.stdout).toBe("sum 3\n");
    // @ts-expect-error a receive-only channel has no send
    ((c: RecvChan<number>) => c.send(1))(chan<number>(1));
    // @ts-expect-error a send-only channel has no recv
    ((c: SendChan<number>) => c.recv())(chan<number>(1));
  });
});

describe("classic programs", () => {
  it("the concurrent prime sieve prints the first ten primes", async () => {
    async function generate(ch: SendChan<number>) {
      for (let i = 2; ; i++) await ch.send(i);
    }
    async function filter(
      inp: RecvChan<number>,
      out: SendChan<number>,
      prime: number,
    ) {
      for (;;) {
        const i = await inp.recv();
        if (i % prime !== 0) await out.send(i);
      }
    }
    for (const seed of [1, 2, 3]) {
      const r = await run(
        async () => {
          let ch = chan<number>();
          go(generate, ch);
          for (let i = 0; i < 10; i++) {
            const prime = await ch.recv();
            fmt.println(prime);
            const ch1 = chan<number>();
            go(filter, ch, ch1, prime);
            ch = ch1;
          }
        },
        { seed, trace: false },
      );
      expect(r.stdout).toBe("2\n3\n5\n7\n11\n13\n17\n19\n23\n29\n");
      expect(r.leaked.length).toBe(11);
    }
  });

  it("the daisy chain of 10,000 goroutines passes 1 down to 10001", async () => {
    const n = 10_000;
    const r = await run(
      async () => {
        const leftmost = chan<number>();
        let left = leftmost;
        for (let i = 0; i < n; i++) {
          const right = chan<number>();
          go(
            async (l: SendChan<number>, rr: RecvChan<number>) => {
              await l.send(1 + (await rr.recv()));
            },
            left,
            right,
          );
          left = right;
        }
        go(async (c: SendChan<number>) => c.send(1), left);
        fmt.println(await leftmost.recv());
      },
      { seed: 7, trace: false },
    );
    expect(r.stdout).toBe("10001\n");
    expect(r.leaked).toEqual([]);
  });
});
