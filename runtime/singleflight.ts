// golang.org/x/sync/singleflight: one call in flight per key; callers that
// arrive while it runs wait for it (on a WaitGroup, so they wait in
// `sync.WaitGroup.Wait`, as in Go) and share its result. Go guards the map
// of calls with a mutex; here it is only touched between scheduling points.

import { Chan, type RecvChan } from "./chan.ts";
import { GoPanic, ProgramExit, RuntimeError } from "./panic.ts";
import { gopark, newproc, proceed, waitReason } from "./sched.ts";
import { WaitGroup } from "./sync/waitgroup.ts";
import { freezeClasses } from "./harden.ts";

/** What a call produced (Go's `singleflight.Result`). */
export interface Result<T> {
  /** What `fn` returned (resolved), or `undefined` if it threw. */
  val: T | undefined;
  /** What `fn` threw, or `null`. */
  err: Error | null;
  /** Whether the result was given to more than one caller. */
  shared: boolean;
}

/** A call in flight or finished. */
class Call<T> {
  readonly wg = new WaitGroup();
  val: T | undefined = undefined;
  err: Error | null = null;
  /** A panic in fn (panic(v), a runtime error, the program's end): every caller panics with it, as in Go. */
  panicked: unknown = undefined;
  /** How many callers joined the first. */
  dups = 0;
  /** The channels of doChan callers. */
  readonly chans: Chan<Result<T>>[] = [];
}

/**
 * Suppresses duplicate calls: Go's `singleflight.Group`. While a call for a
 * key is in flight, later calls for the same key wait for it and share its
 * result instead of running their own.
 *
 * ```ts
 * const g = new singleflight.Group<string>();
 * const { val, err, shared } = await g.do("config", () => loadConfig());
 * ```
 */
export class Group<T = unknown> {
  private readonly m = new Map<string, Call<T>>();

  /**
   * Runs `fn` for `key`, unless a call for `key` is in flight: then waits
   * for that one. `fn` returns the value (or a promise of it) and throws for
   * an error. Resolves to `{ val, err, shared }`.
   */
  async do(key: string, fn: () => T | PromiseLike<T>): Promise<Result<T>> {
    const c = this.m.get(key);
    if (c !== undefined) {
      c.dups++;
      await c.wg.wait();
      if (c.panicked !== undefined) throw c.panicked;
      return { val: c.val, err: c.err, shared: true };
    }
    const call = new Call<T>();
    call.wg.add(1);
    this.m.set(key, call);
    await doCall(this.m, call, key, fn);
    return proceed({ val: call.val, err: call.err, shared: call.dups > 0 });
  }

  /**
   * Like `do`, but returns at once a channel that will receive the result
   * (Go's `DoChan`); the call runs in its own goroutine.
   */
  doChan(key: string, fn: () => T | PromiseLike<T>): RecvChan<Result<T>> {
    const ch = new Chan<Result<T>>(1);
    const c = this.m.get(key);
    if (c !== undefined) {
      c.dups++;
      c.chans.push(ch);
      return ch;
    }
    const call = new Call<T>();
    call.chans.push(ch);
    call.wg.add(1);
    this.m.set(key, call);
    newproc(doCall as (...args: never[]) => unknown, [this.m, call, key, fn]);
    return ch;
  }

  /** Makes the next call for `key` run `fn` again, even if one is in flight (Go's `Forget`). */
  forget(key: string): void {
    this.m.delete(key);
  }
}

async function doCall<T>(
  m: Map<string, Call<T>>,
  c: Call<T>,
  key: string,
  fn: () => T | PromiseLike<T>,
): Promise<void> {
  try {
    c.val = await fn();
  } catch (e) {
    if (
      e instanceof GoPanic ||
      e instanceof RuntimeError ||
      e instanceof ProgramExit
    )
      c.panicked = e;
    else c.err = e as Error;
  }
  c.wg.done();
  if (m.get(key) === c) m.delete(key);
  if (c.panicked !== undefined) {
    if (c.chans.length === 0) throw c.panicked;
    // doChan callers would wait for ever: make the panic unrecoverable, in a
    // goroutine of its own, and stay parked so this one shows in the dump.
    newproc(repanic as (...args: never[]) => unknown, [c.panicked]);
    await gopark(waitReason.selectNoCases);
  }
  for (const ch of c.chans)
    await ch.send({ val: c.val, err: c.err, shared: c.dups > 0 });
}

function repanic(e: unknown): never {
  throw e;
}

freezeClasses(Call, Group);
