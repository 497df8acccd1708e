// Nothing a program can hold leads to the runtime's own records: a walk of
// every property (own and inherited, getters called) from every kind of
// object the public API hands out never reaches the scheduler, a goroutine,
// a sudog, a queue of waiters or a runtime timer. A program that could reach
// them could hide a leak, end a deadlock or fake the clock.
import { describe, expect, it } from "vitest";
import {
  chan,
  context,
  errgroup,
  go,
  select,
  recv,
  singleflight,
  sync,
} from "go";
import * as atomic from "go/sync/atomic";
import { run } from "go/run";
import * as time from "go/time";
import { Chan, Sudog, WaitQ } from "./chan.ts";
import { G, Sched } from "./sched.ts";
import { Timer as RuntimeTimer, TimerHeap } from "./timer.ts";

const builtins = new Set<unknown>([
  globalThis,
  Object.prototype,
  Function.prototype,
  Array.prototype,
  Promise.prototype,
  Error.prototype,
  Map.prototype,
  Set.prototype,
  Object,
  Function,
]);

function isInternal(x: object): string | null {
  if (x instanceof Sched) return "the scheduler";
  if (x instanceof G) return "a goroutine";
  if (x instanceof Sudog) return "a sudog";
  if (x instanceof WaitQ) return "a wait queue";
  if (x instanceof TimerHeap) return "the timer heap";
  if (x instanceof RuntimeTimer) return "a runtime timer";
  const name = (x as { constructor?: { name?: unknown } }).constructor?.name;
  if (name === "GQueue" || name === "RunQueue" || name === "NotifyList")
    return `a ${name}`;
  return null;
}

/** Walks everything reachable from `root`; returns the first internal found, with its path. */
function walk(root: object, rootName: string): string | null {
  const seen = new Set<unknown>();
  const queue: [unknown, string][] = [[root, rootName]];
  while (queue.length > 0) {
    const [x, where] = queue.shift()!;
    if ((typeof x !== "object" && typeof x !== "function") || x === null)
      continue;
    if (seen.has(x) || builtins.has(x)) continue;
    seen.add(x);
    const found = isInternal(x);
    if (found !== null) return `${where} is ${found}`;
    for (const key of Reflect.ownKeys(x)) {
      const d = Reflect.getOwnPropertyDescriptor(x, key)!;
      if ("value" in d) queue.push([d.value, `${where}.${String(key)}`]);
      else if (d.get !== undefined) {
        try {
          queue.push([
            Reflect.apply(d.get, root, []),
            `${where}.${String(key)}`,
          ]);
        } catch {
          // A getter meant for another receiver: nothing to reach through it.
        }
      }
    }
    queue.push([Reflect.getPrototypeOf(x), `${where}.__proto__`]);
  }
  return null;
}

describe("what a program holds leads to no runtime internals", () => {
  it("holds for channels, waiters, locks, timers, contexts and groups with goroutines blocked on them", async () => {
    const roots: [string, object][] = [];
    const r = await run(
      async () => {
        const unbuffered = chan<number>();
        const buffered = chan<number>(2);
        await buffered.send(1);
        await buffered.send(2);
        const mu = new sync.Mutex();
        const rw = new sync.RWMutex();
        const wg = new sync.WaitGroup();
        const cond = new sync.Cond(new sync.Mutex());
        const once = new sync.Once();
        await mu.lock();
        await rw.lock();
        wg.add(1);
        const [ctx, cancel] = context.withTimeout(
          context.background(),
          time.Hour,
        );
        const [cctx] = context.withCancel(ctx);
        const vctx = context.withValue(cctx, "k", 1);
        const stop = context.afterFunc(vctx, () => {});
        const [g, gctx] = errgroup.withContext(vctx);
        const sf = new singleflight.Group<number>();
        const flight = sf.doChan("k", async () => {
          await time.sleep(time.Hour);
          return 1;
        });
        const timer = time.newTimer(time.Hour);
        const ticker = time.newTicker(time.Hour);
        const after = time.after(time.Hour);
        const fn = time.afterFunc(time.Hour, () => {});
        go(async () => await unbuffered.send(1));
        go(async () => await buffered.send(3));
        go(async () => await select([recv(unbuffered), recv(after)]));
        go(async () => await mu.lock());
        go(async () => await rw.rLock());
        go(async () => await wg.wait());
        go(async () => {
          await cond.L.lock();
          await cond.wait();
        });
        go(async () => await once.do(() => time.sleep(time.Hour)));
        go(async () => await once.do(() => {}));
        go(async () => await ctx.done()!.recv());
        void g.go(async () => {
          await gctx.done()!.recv();
          return null;
        });
        const waiter = time.sleep(time.Millisecond);
        roots.push(
          ["unbuffered", unbuffered],
          ["buffered", buffered],
          ["mutex", mu],
          ["rwmutex", rw],
          ["rlocker", rw.rLocker()],
          ["waitgroup", wg],
          ["cond", cond],
          ["once", once],
          ["pool", new sync.Pool({ new: () => 1 })],
          ["map", new sync.Map()],
          ["atomic", new atomic.Int64()],
          ["ctx", ctx],
          ["cctx", cctx],
          ["vctx", vctx],
          ["gctx", gctx],
          ["cancel", cancel],
          ["stop", stop],
          ["group", g],
          ["singleflight", sf],
          ["flight", flight],
          ["timer", timer],
          ["ticker", ticker],
          ["after", after],
          ["afterFunc", fn],
          ["waiter", waiter as object],
          ["now", time.now()],
        );
        await waiter;
        for (const [name, root] of roots) {
          const found = walk(root, name);
          if (found !== null) throw new Error(found);
        }
        cancel();
      },
      { seed: 1 },
    );
    expect(r.error?.message ?? null).toBeNull();
    expect(roots.length).toBe(26);
  });

  it("the walk finds an internal when there is one", () => {
    // The test's own check: a record placed where a program could reach it is found.
    const g = new G(1, () => {}, []);
    expect(walk({ a: { b: [g] } }, "x")).toBe("x.a.b.0 is a goroutine");
    expect(walk(Object.freeze(new Chan<number>(1)), "c")).toBeNull();
  });

  it("runtime classes and prototypes are frozen", () => {
    for (const C of [
      Chan,
      sync.Mutex,
      sync.WaitGroup,
      time.Timer,
      errgroup.Group,
      atomic.Int64,
    ]) {
      expect(Object.isFrozen(C), C.name).toBe(true);
      expect(Object.isFrozen(C.prototype), C.name).toBe(true);
    }
    expect(() => {
      (Chan.prototype as unknown as Record<PropertyKey, unknown>)[
        Symbol.asyncIterator
      ] = null;
    }).toThrow(TypeError);
  });
});
