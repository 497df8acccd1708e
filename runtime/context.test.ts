import { describe, expect, it } from "vitest";
import { chan, go, recover, recv, type RecvChan, select } from "go";
import * as context from "go/context";
import * as fmt from "go/fmt";
import { run } from "go/run";
import * as runtime from "go/runtime";
import * as time from "go/time";

const ms = time.Millisecond;

// Waits for ctx and prints what it reports, with the virtual time.
async function report(name: string, ctx: context.Context, t0: time.Time) {
  await ctx.done()!.recv();
  fmt.println(name, ctx.err()?.message, time.durationString(time.since(t0)));
}

describe("context", () => {
  it("background and todo are never cancelled: done() is null, no deadline, no values", async () => {
    const r = await run(
      async () => {
        for (const ctx of [context.background(), context.todo()]) {
          fmt.println(
            String(ctx),
            ctx.done(),
            ctx.err(),
            ctx.deadline(),
            ctx.value("k"),
          );
        }
        fmt.println(context.background() === context.background());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "context.Background <nil> <nil> [<nil> false] <nil>\ncontext.TODO <nil> <nil> [<nil> false] <nil>\ntrue\n",
    );
  });

  it("cancelling the root cancels the whole tree, and nothing above the cancelled node", async () => {
    const r = await run(
      async () => {
        const t0 = time.now();
        const [root, cancelRoot] = context.withCancel(context.background());
        const [a, cancelA] = context.withCancel(root);
        const [b] = context.withTimeout(root, time.Hour);
        const [c] = context.withCancel(context.withValue(a, "k", "v"));
        const [d] = context.withCancelCause(c);
        const done = chan<void>();
        for (const [name, ctx] of [
          ["a", a],
          ["b", b],
          ["c", c],
          ["d", d],
        ] as const) {
          go(async () => {
            await report(name, ctx, t0);
            await done.send();
          });
        }
        await time.sleep(10 * ms);
        fmt.println("before:", root.err(), a.err(), b.err(), c.err(), d.err());
        cancelRoot();
        for (let i = 0; i < 4; i++) await done.recv();
        cancelA(); // a second cancel does nothing
        fmt.println(
          "root:",
          root.err()?.message,
          root.err() === context.Canceled,
        );
        fmt.println("causes:", context.cause(d) === context.Canceled);
      },
      { seed: 1, numCPU: 1 },
    );
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("before: <nil> <nil> <nil> <nil> <nil>");
    expect(lines.slice(1, 5).sort()).toEqual([
      "a context canceled 10ms",
      "b context canceled 10ms",
      "c context canceled 10ms",
      "d context canceled 10ms",
    ]);
    expect(lines.slice(5)).toEqual([
      "root: context canceled true",
      "causes: true",
      "",
    ]);
  });

  it("cancelling a child leaves its parent and siblings running", async () => {
    const r = await run(
      async () => {
        const [parent, cancelParent] = context.withCancel(context.background());
        const [child1, cancel1] = context.withCancel(parent);
        const [child2, cancel2] = context.withCancel(parent);
        const [grandchild] = context.withCancel(child1);
        cancel1();
        fmt.println(
          parent.err(),
          child1.err()?.message,
          grandchild.err()?.message,
          child2.err(),
        );
        cancelParent();
        fmt.println(parent.err()?.message, child2.err()?.message);
        cancel2();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "<nil> context canceled context canceled <nil>\ncontext canceled context canceled\n",
    );
  });

  it("withTimeout fires on virtual time with context deadline exceeded", async () => {
    const r = await run(
      async () => {
        const t0 = time.now();
        const [ctx, cancel] = context.withTimeout(
          context.background(),
          50 * ms,
        );
        try {
          const [deadline, ok] = ctx.deadline();
          fmt.println(
            "deadline in",
            time.durationString(deadline!.sub(t0)),
            ok,
          );
          await report("ctx", ctx, t0);
          const err = ctx.err()!;
          fmt.println(
            err === context.DeadlineExceeded,
            context.DeadlineExceeded.timeout(),
            context.cause(ctx) === err,
          );
          fmt.printf("%v|%T\n", err, err);
        } finally {
          cancel();
        }
        fmt.println(ctx.err()?.message);
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "deadline in 50ms true\nctx context deadline exceeded 50ms\ntrue true true\n" +
        "context deadline exceeded|context.deadlineExceededError\ncontext deadline exceeded\n",
    );
    expect(r.elapsed).toBe(50 * ms);
    // Two hours of waiting take no wall time either.
    const long = await run(
      async () => {
        const [ctx, cancel] = context.withTimeout(
          context.background(),
          2 * time.Hour,
        );
        await ctx.done()!.recv();
        cancel();
      },
      { seed: 1 },
    );
    expect(long.elapsed).toBe(2 * time.Hour);
  });

  it("withDeadline: a parent's earlier deadline stands; a deadline already past is done at once", async () => {
    const r = await run(
      async () => {
        const t0 = time.now();
        const [parent, cancelParent] = context.withDeadline(
          context.background(),
          t0.add(10 * ms),
        );
        const [child, cancelChild] = context.withDeadline(
          parent,
          t0.add(time.Hour),
        );
        fmt.println(time.durationString(child.deadline()[0]!.sub(t0)));
        const [past, cancelPast] = context.withDeadline(
          context.background(),
          t0.add(-1),
        );
        fmt.println(past.err()?.message);
        await report("child", child, t0);
        cancelChild();
        cancelParent();
        cancelPast();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "10ms\ncontext deadline exceeded\nchild context deadline exceeded 10ms\n",
    );
  });

  it("cancel stops the deadline's timer: a program that then blocks deadlocks at once", async () => {
    const r = await run(
      async () => {
        const [ctx, cancel] = context.withTimeout(
          context.background(),
          time.Hour,
        );
        cancel();
        fmt.println(ctx.err()?.message);
        await chan<void>().recv();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("context canceled\n");
    expect(r.error?.kind).toBe("deadlock");
    expect(r.elapsed).toBe(0);
  });

  it("three services within 50 ms: the results when all are fast, the deadline when one is slow", async () => {
    async function callService(
      ctx: context.Context,
      name: string,
      latency: number,
    ): Promise<[string, Error | null]> {
      return select([
        recv(
          time.after(latency),
          () => [`${name}: ok`, null] as [string, Error | null],
        ),
        recv(ctx.done(), () => ["", ctx.err()] as [string, Error | null]),
      ]);
    }
    function program(latencies: number[]) {
      return async () => {
        const t0 = time.now();
        const [ctx, cancel] = context.withTimeout(
          context.background(),
          50 * ms,
        );
        try {
          const results = chan<[string, Error | null]>(latencies.length);
          latencies.forEach((latency, i) => {
            go(async () =>
              results.send(await callService(ctx, `service ${i + 1}`, latency)),
            );
          });
          const out: string[] = [];
          for (let i = 0; i < latencies.length; i++) {
            const [v, err] = await results.recv();
            if (err !== null) {
              fmt.println(
                "error:",
                err,
                "after",
                time.durationString(time.since(t0)),
              );
              return;
            }
            out.push(v);
          }
          fmt.println(
            out.join(", "),
            "after",
            time.durationString(time.since(t0)),
          );
        } finally {
          cancel();
        }
      };
    }
    const fast = await run(program([30 * ms, 10 * ms, 20 * ms]), { seed: 1 });
    expect(fast.stdout).toBe(
      "service 2: ok, service 3: ok, service 1: ok after 30ms\n",
    );
    const slow = await run(program([30 * ms, 80 * ms, 20 * ms]), { seed: 1 });
    expect(slow.stdout).toBe("error: context deadline exceeded after 50ms\n");
  });

  it("withCancelCause and the *Cause deadline variants: err() says canceled or deadline, cause() says why", async () => {
    const r = await run(
      async () => {
        const errBadInput = new Error("bad input");
        const [ctx, cancel] = context.withCancelCause(context.background());
        const [child] = context.withCancel(context.withValue(ctx, "k", 1));
        fmt.println(context.cause(ctx), context.cause(context.background()));
        cancel(errBadInput);
        cancel(new Error("ignored"));
        fmt.println(
          ctx.err()?.message,
          context.cause(ctx)?.message,
          context.cause(child)?.message,
        );
        const [plain, cancelPlain] = context.withCancelCause(
          context.background(),
        );
        cancelPlain();
        fmt.println(context.cause(plain) === context.Canceled);
        const errSlow = new Error("backend too slow");
        const [timed, cancelTimed] = context.withTimeoutCause(
          context.background(),
          5 * ms,
          errSlow,
        );
        await timed.done()!.recv();
        fmt.println(timed.err()?.message, context.cause(timed)?.message);
        cancelTimed();
        const [dl, cancelDl] = context.withDeadlineCause(
          context.background(),
          time.now().add(-1),
          errSlow,
        );
        fmt.println(dl.err()?.message, context.cause(dl) === errSlow);
        cancelDl();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "<nil> <nil>\ncontext canceled bad input bad input\ntrue\n" +
        "context deadline exceeded backend too slow\ncontext deadline exceeded true\n",
    );
  });

  it("withValue: a key is found in the context that set it or any below; the nearest one wins", async () => {
    const r = await run(
      async () => {
        const userKey = Symbol("user");
        const traceKey = Symbol("trace");
        const a = context.withValue(context.background(), userKey, "alice");
        const [b, cancel] = context.withCancel(a);
        const c = context.withValue(b, traceKey, "t-1");
        const d = context.withValue(c, userKey, "bob");
        fmt.println(
          c.value(userKey),
          c.value(traceKey),
          d.value(userKey),
          a.value(traceKey),
        );
        fmt.println(String(d));
        cancel();
        fmt.println(d.err()?.message, d.done() === b.done());
        try {
          context.withValue(a, null, 1);
        } catch (e) {
          fmt.println("panic:", recover(e));
        }
        try {
          context.withCancel(null as unknown as context.Context);
        } catch (e) {
          fmt.println("panic:", recover(e));
        }
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "alice t-1 bob <nil>\n" +
        "context.Background.WithValue(Symbol(user), alice).WithCancel.WithValue(Symbol(trace), t-1).WithValue(Symbol(user), bob)\n" +
        "context canceled true\npanic: nil key\npanic: cannot create context from nil parent\n",
    );
  });

  it("prints as Go's contexts do", async () => {
    const r = await run(
      async () => {
        const [c, cancel] = context.withCancel(context.todo());
        const [t, cancelT] = context.withTimeout(c, 50 * ms);
        fmt.println(c);
        fmt.printf("%v\n", t);
        fmt.println(context.withoutCancel(t));
        fmt.println(context.withValue(context.background(), "n", 1));
        cancelT();
        cancel();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "context.TODO.WithCancel\n" +
        "context.TODO.WithCancel.WithDeadline(2009-11-10 23:00:00.05 +0000 UTC m=+0.050000000 [50ms])\n" +
        "context.TODO.WithCancel.WithDeadline(2009-11-10 23:00:00.05 +0000 UTC m=+0.050000000 [50ms]).WithoutCancel\n" +
        "context.Background.WithValue(n, int)\n",
    );
  });

  it("withoutCancel keeps the values but not the cancellation or the deadline", async () => {
    const r = await run(
      async () => {
        const [parent, cancel] = context.withTimeout(
          context.withValue(context.background(), "k", "v"),
          ms,
        );
        const detached = context.withoutCancel(parent);
        const [child, cancelChild] = context.withCancelCause(detached);
        cancel();
        fmt.println(
          parent.err()?.message,
          detached.err(),
          detached.done(),
          detached.deadline(),
          detached.value("k"),
        );
        fmt.println(child.err(), context.cause(child));
        cancelChild();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "context canceled <nil> <nil> [<nil> false] v\n<nil> <nil>\n",
    );
  });

  it("afterFunc runs f in its own goroutine once ctx is done; stop() prevents it", async () => {
    const r = await run(
      async () => {
        const [ctx, cancel] = context.withCancel(context.background());
        const ran = chan<string>(3);
        const stop1 = context.afterFunc(ctx, async () => {
          await ran.send(`f1 after ${ctx.err()?.message}`);
        });
        const stop2 = context.afterFunc(ctx, () => ran.send("f2"));
        fmt.println("stop2:", stop2(), stop2());
        cancel();
        fmt.println(await ran.recv());
        fmt.println("stop1 after it ran:", stop1());
        const [done, cancelDone] = context.withCancel(context.background());
        cancelDone();
        context.afterFunc(done, () => ran.send("f3 at once"));
        fmt.println(await ran.recv(), ran.len, runtime.numGoroutine());
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe(
      "stop2: true false\nf1 after context canceled\nstop1 after it ran: false\nf3 at once 0 1\n",
    );
  });

  it("a context the program implements itself is watched: its children are cancelled with it", async () => {
    class MyCtx implements context.Context {
      constructor(readonly ch: RecvChan<void>) {}
      deadline(): [undefined, false] {
        return [undefined, false];
      }
      done() {
        return this.ch;
      }
      err() {
        return closed ? context.Canceled : null;
      }
      value() {
        return null;
      }
    }
    let closed = false;
    const r = await run(
      async () => {
        const ch = chan<void>();
        const [child, cancel] = context.withCancel(new MyCtx(ch));
        fmt.println(runtime.numGoroutine(), String(child));
        closed = true;
        ch.close();
        await child.done()!.recv();
        fmt.println(child.err()?.message);
        cancel();
      },
      { seed: 1 },
    );
    expect(r.stdout).toBe("2 main.MyCtx.WithCancel\ncontext canceled\n");
  });

  it("a goroutine waiting on a context that is never cancelled is reported as leaked, in chan receive", async () => {
    const r = await run(
      async () => {
        const [ctx, cancel] = context.withCancel(context.background());
        go(async () => {
          await ctx.done()!.recv();
        });
        await runtime.gosched();
        void cancel;
      },
      { seed: 1, numCPU: 1 },
    );
    expect(r.leaked.map((g) => g.waitReason)).toEqual(["chan receive"]);
  });
});
