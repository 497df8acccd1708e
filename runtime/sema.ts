// The wait queues the sync package parks on, after Go's runtime/sema.go:
// `semacquire`/`semrelease` (what Go's sync calls runtime_SemacquireMutex and
// runtime_Semrelease) and the notify list behind sync.Cond.
//
// Go's semaphore is a count plus a queue of sleepers, because on many threads
// a release can land between "the count is zero" and "go to sleep". Here one
// goroutine runs at a time, so every release in the sync package happens when
// the waiter it is meant for is already parked: the semaphore is its queue,
// and a release hands its unit straight to the first waiter.

import { type G, getsched, gopark, goready, waitReason } from "./sched.ts";
import { freezeClasses } from "./harden.ts";

/** A double-ended ring buffer of parked goroutines, FIFO unless a waiter goes back to the head. */
class GQueue {
  private buf: (G | undefined)[] = [];
  private head = 0;
  size = 0;

  pushBack(g: G): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = g;
    this.size++;
  }

  pushFront(g: G): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = g;
    this.size++;
  }

  /** Takes the goroutine at the head, or null when nobody waits. */
  shift(): G | null {
    if (this.size === 0) return null;
    const g = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    return g;
  }

  private grow(): void {
    const old = this.buf;
    const n = old.length;
    this.buf = new Array(n === 0 ? 4 : n * 2);
    for (let i = 0; i < this.size; i++)
      this.buf[i] = old[(this.head + i) & (n - 1)];
    this.head = 0;
  }
}

// Set by Sema's static block (it alone can read the private queue).
let waitersOf: (sema: Sema) => GQueue;

/** A semaphore's queue of sleepers (Go's semaRoot for one address). */
export class Sema {
  // Private: no value a program holds (a Mutex, a WaitGroup) may lead to a
  // goroutine's record. semacquire and semrelease reach it through waitersOf.
  readonly #waiters = new GQueue();

  /** How many goroutines sleep on it (Go's mutex keeps this count in its state word). */
  get nwait(): number {
    return this.#waiters.size;
  }

  static {
    waitersOf = (sema) => sema.#waiters;
  }
}

/**
 * Parks the running goroutine on `sema` with Go's wait `reason` until a
 * semrelease wakes it (Go's semacquire1). A waiter that has waited before
 * goes back to the head of the queue (`lifo`), as Go's mutex asks. Resolves
 * to the releaser's `handoff`.
 */
export function semacquire(
  sema: Sema,
  lifo: boolean,
  reason: string,
): PromiseLike<boolean> {
  const gp = getsched().curg!;
  if (lifo) waitersOf(sema).pushFront(gp);
  else waitersOf(sema).pushBack(gp);
  return gopark(reason);
}

/**
 * Wakes the first goroutine sleeping on `sema` (Go's semrelease1); with
 * nobody asleep there is nobody to wake. `handoff` tells the woken one that
 * what the semaphore guards was passed to it directly (Go's starvation-mode
 * handoff) rather than left for it to compete for. Never switches
 * goroutines: the woken one runs when the scheduler picks it.
 */
export function semrelease(sema: Sema, handoff: boolean): void {
  const gp = waitersOf(sema).shift();
  if (gp !== null) goready(gp, handoff);
}

/**
 * The waiters of a sync.Cond (Go's notifyList): woken one at a time in the
 * order they started waiting, or all at once.
 */
export class NotifyList {
  readonly #waiters = new GQueue();

  /** Parks the running goroutine until notified, waiting in `sync.Cond.Wait`. */
  wait(): PromiseLike<void> {
    this.#waiters.pushBack(getsched().curg!);
    return gopark(waitReason.syncCondWait);
  }

  /** Wakes the longest waiter, if any (Go's notifyListNotifyOne). */
  notifyOne(): void {
    const gp = this.#waiters.shift();
    if (gp !== null) goready(gp, undefined);
  }

  /** Wakes every waiter, oldest first (Go's notifyListNotifyAll). */
  notifyAll(): void {
    for (
      let gp = this.#waiters.shift();
      gp !== null;
      gp = this.#waiters.shift()
    )
      goready(gp, undefined);
  }
}

freezeClasses(GQueue, Sema, NotifyList);
