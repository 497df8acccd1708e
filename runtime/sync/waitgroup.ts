// sync.WaitGroup, after Go's sync/waitgroup.go: a counter and the goroutines
// waiting for it to reach zero. Go packs both into one atomic word; here the
// waiters are the semaphore's queue.

import { GoPanic } from "../panic.ts";
import { race } from "../race.ts";
import { getsched, newproc, proceed, waitReason } from "../sched.ts";
import { Sema, semacquire, semrelease } from "../sema.ts";
import { freezeClasses } from "../harden.ts";

/**
 * Waits for a collection of goroutines to finish: Go's `sync.WaitGroup`.
 * Call `add` before starting each goroutine (never inside it: `wait` might
 * run first and see zero), `done` when it finishes (in `finally`, like Go's
 * `defer wg.Done()`), and `await wg.wait()` to wait for all. Or let
 * `wg.go(fn)` do the adding and the `done`.
 */
export class WaitGroup {
  private v = 0;
  private readonly sema = new Sema();

  /**
   * Adds `delta` (which may be negative) to the counter; when it reaches
   * zero every waiter is released. A negative counter panics: `sync:
   * negative WaitGroup counter`.
   */
  add(delta: number): void {
    if (race !== null && delta < 0) race.releaseMerge(getsched().curg, this);
    const v = (this.v += delta);
    if (v < 0)
      throw new GoPanic(
        "sync: negative WaitGroup counter",
        "sync: negative WaitGroup counter",
      );
    // Go also panics when an add from zero races with a waiter; here the
    // waiters leave the moment the counter reaches zero, so it cannot race.
    const w = this.sema.nwait;
    if (v > 0 || w === 0) return;
    for (let i = 0; i < w; i++) semrelease(this.sema, false);
  }

  /** Decrements the counter by one: `add(-1)`. Call it in `finally` so a throw cannot skip it. */
  done(): void {
    this.add(-1);
  }

  /**
   * Waits (in `sync.WaitGroup.Wait`) until the counter is zero. A group
   * reused with `add` before an earlier `wait` has returned panics, as in Go:
   * `sync: WaitGroup is reused before previous Wait has returned`.
   */
  wait(): PromiseLike<void> {
    if (this.v === 0) {
      if (race !== null) race.acquire(getsched().curg, this);
      return proceed(undefined);
    }
    return this.waitSlow();
  }

  private async waitSlow(): Promise<void> {
    await semacquire(this.sema, false, waitReason.syncWaitGroupWait);
    if (race !== null) race.acquire(getsched().curg, this);
    if (this.v !== 0) {
      const msg = "sync: WaitGroup is reused before previous Wait has returned";
      throw new GoPanic(msg, msg);
    }
  }

  /**
   * Starts `fn` in a new goroutine and counts it in the group (Go 1.25's
   * `wg.Go`): `add(1)` now, `done()` when `fn` returns (or its promise
   * settles). If `fn` throws, the program panics before `done`, so `wait`
   * never returns as if the work had finished.
   */
  go(fn: () => unknown): void {
    this.add(1);
    newproc(runAndDone as (...args: never[]) => unknown, [this, fn]);
  }
}

async function runAndDone(wg: WaitGroup, fn: () => unknown): Promise<void> {
  await fn();
  wg.done();
}

freezeClasses(WaitGroup);
