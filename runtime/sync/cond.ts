// sync.Cond, after Go's sync/cond.go: a Locker and a notify list (sema.ts).
// Go takes its place on the list before unlocking, so that a signal sent
// between the unlock and the sleep is not lost; here nothing can run in
// between, so unlocking first is the same.

import { race } from "../race.ts";
import { getsched } from "../sched.ts";
import { NotifyList } from "../sema.ts";
import type { Locker } from "./mutex.ts";
import { freezeClasses } from "../harden.ts";

/**
 * A condition variable: Go's `sync.Cond`. Goroutines wait for an event with
 * `wait` and are woken by `signal` (one) or `broadcast` (all). Hold `L` when
 * you call `wait`, and check the condition in a loop, as in Go:
 *
 * ```ts
 * await c.L.lock();
 * while (!ready) await c.wait();
 * // ... use the state ...
 * c.L.unlock();
 * ```
 */
export class Cond {
  /** The lock held while observing or changing the condition. */
  readonly L: Locker;
  readonly #notify = new NotifyList();

  /** A condition variable using `l` as its lock (Go's `sync.NewCond(l)`). */
  constructor(l: Locker) {
    this.L = l;
  }

  /**
   * Unlocks `L`, waits (in `sync.Cond.Wait`) until woken by `signal` or
   * `broadcast`, then locks `L` again before returning. Being woken does not
   * mean the condition holds: check it again.
   */
  async wait(): Promise<void> {
    this.L.unlock();
    await this.#notify.wait();
    if (race !== null) race.acquire(getsched().curg, this);
    await this.L.lock();
  }

  /** Wakes the goroutine that has waited longest, if any. Need not hold `L`; never switches goroutines. */
  signal(): void {
    if (race !== null) race.releaseMerge(getsched().curg, this);
    this.#notify.notifyOne();
  }

  /** Wakes every waiting goroutine. Need not hold `L`; never switches goroutines. */
  broadcast(): void {
    if (race !== null) race.releaseMerge(getsched().curg, this);
    this.#notify.notifyAll();
  }
}

/** Go's `sync.NewCond(l)`: the same as `new Cond(l)`. */
export function newCond(l: Locker): Cond {
  return new Cond(l);
}

freezeClasses(Cond);
