// sync.Mutex, after Go's sync/mutex.go, with its two modes.
//
// Normal mode: unlock releases the lock and wakes the first waiter, but a
// goroutine that arrives (or is still running) meanwhile may take the lock
// first; the woken waiter then goes back to the head of the queue. This
// keeps a goroutine that holds the processor running, which is fast.
// Starvation mode: once a waiter has waited too long, unlock hands the lock
// straight to the first waiter and newcomers queue behind it; the mode ends
// when the waiter that gets the lock is the last one, or has not waited long.
//
// Go spins before parking; with one goroutine running at a time a spinner
// could never see the lock change, so we park at once.

import { race } from "../race.ts";
import { fatal, getsched, proceed, waitReason } from "../sched.ts";
import { Sema, semacquire, semrelease } from "../sema.ts";
import { freezeClasses } from "../harden.ts";

const mutexLocked = 1;
const mutexWoken = 2;
const mutexStarving = 4;

// Go starves a waiter after 1 ms of wall time, which is thousands of lock
// handoffs. Here time is virtual and stands still while goroutines compute,
// so a wait is long after 1 ms of virtual time or 1000 scheduling points:
// a waiter that sat out a whole time slice of another goroutine (sched.ts).
const starvationThresholdNs = 1e6;
const starvationThresholdSteps = 1000;

/**
 * Something that can be locked and unlocked: Go's `sync.Locker`, what a
 * `sync.Cond` waits with. `Mutex`, `RWMutex` and `rwmutex.rLocker()` are
 * Lockers.
 */
export interface Locker {
  lock(): PromiseLike<void>;
  unlock(): void;
}

/**
 * A mutual exclusion lock: Go's `sync.Mutex`. At most one goroutine holds it
 * at a time; `await mu.lock()` waits for it. Release it in `finally`, as Go
 * releases it with `defer mu.Unlock()`:
 *
 * ```ts
 * await mu.lock();
 * try {
 *   counter++;
 * } finally {
 *   mu.unlock();
 * }
 * ```
 */
export class Mutex implements Locker {
  private state = 0;
  private readonly sema = new Sema();
  /**
   * @internal What trace events call it; null for the locks inside RWMutex
   * and Once, whose own events say more.
   */
  traceName: string | null = "sync.Mutex";

  /**
   * Locks the mutex, waiting (in `sync.Mutex.Lock`) while another goroutine
   * holds it. Locking twice from the same goroutine deadlocks, as in Go:
   * the mutex is not reentrant.
   */
  lock(): PromiseLike<void> {
    const s = getsched();
    if ((this.state & (mutexLocked | mutexStarving)) === 0) {
      // A goroutine that arrives while a woken waiter has yet to run takes
      // the lock first: normal mode favours the goroutine already running.
      this.state |= mutexLocked;
      if (race !== null) race.acquire(s.curg, this);
      if (s.tracing && this.traceName !== null)
        s.record(s.curg, "lock", { what: this.traceName });
      return proceed(undefined);
    }
    return this.lockSlow();
  }

  // The lock is held, or starvation mode reserves it for the waiters: wait.
  private async lockSlow(): Promise<void> {
    const s = getsched();
    const waitStartNs = s.now;
    const waitStartSteps = s.steps;
    let starving = false;
    let queueLifo = false;
    for (;;) {
      if (starving) this.state |= mutexStarving;
      const handoff = await semacquire(
        this.sema,
        queueLifo,
        waitReason.syncMutexLock,
      );
      starving ||=
        s.now - waitStartNs > starvationThresholdNs ||
        s.steps - waitStartSteps > starvationThresholdSteps;
      if (handoff) {
        // The unlocker passed the lock to us in starvation mode. Leave that
        // mode if we did not wait long or nobody else waits, as Go does:
        // starvation mode is fair but slow.
        this.state |= mutexLocked;
        if (!starving || this.sema.nwait === 0) this.state &= ~mutexStarving;
        break;
      }
      // Woken in normal mode: compete for the lock; unlock may wake another
      // waiter once this one has run.
      this.state &= ~mutexWoken;
      if ((this.state & (mutexLocked | mutexStarving)) === 0) {
        this.state |= mutexLocked;
        break;
      }
      // Lost to a newcomer: wait again, at the head of the queue.
      queueLifo = true;
    }
    if (race !== null) race.acquire(s.curg, this);
    if (s.tracing && this.traceName !== null)
      s.record(s.curg, "lock", { what: this.traceName });
  }

  /**
   * Locks the mutex if it is free and reports whether it did; never waits.
   * Go's documentation: correct uses of TryLock are rare.
   */
  tryLock(): boolean {
    const s = getsched();
    if ((this.state & (mutexLocked | mutexStarving)) !== 0) return false;
    this.state |= mutexLocked;
    if (race !== null) race.acquire(s.curg, this);
    if (s.tracing && this.traceName !== null)
      s.record(s.curg, "lock", { what: this.traceName });
    return true;
  }

  /**
   * Unlocks the mutex and wakes a goroutine waiting for it, without giving
   * up the processor. Any goroutine may unlock it, not only the one that
   * locked it. Unlocking an unlocked mutex is a fatal error (`fatal error:
   * sync: unlock of unlocked mutex`) that `try/catch` cannot recover.
   */
  unlock(): void {
    const s = getsched();
    if ((this.state & mutexLocked) === 0)
      fatal("sync: unlock of unlocked mutex");
    if (race !== null) race.release(s.curg, this);
    if (s.tracing && this.traceName !== null)
      s.record(s.curg, "unlock", { what: this.traceName });
    this.state &= ~mutexLocked;
    if ((this.state & mutexStarving) !== 0) {
      // The lock goes to the first waiter; newcomers see starvation mode
      // and queue, so nobody can take it before that waiter runs.
      semrelease(this.sema, true);
      return;
    }
    // Nobody to wake, or a woken waiter has yet to run and try again.
    if (this.sema.nwait === 0 || (this.state & mutexWoken) !== 0) return;
    this.state |= mutexWoken;
    semrelease(this.sema, false);
  }
}

/** A mutex that records no trace events, for the locks inside other sync types. */
export function innerMutex(): Mutex {
  const m = new Mutex();
  m.traceName = null;
  return m;
}

freezeClasses(Mutex);
