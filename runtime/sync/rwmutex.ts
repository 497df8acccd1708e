// sync.RWMutex, after Go's sync/rwmutex.go: a Mutex that writers take
// among themselves, and two counters. `readerCount` counts readers; a writer
// subtracts rwmutexMaxReaders from it, so a negative count tells arriving
// readers that a writer is pending and they must wait: readers cannot starve
// a writer. `readerWait` counts the readers the writer still waits for to leave.

import { race } from "../race.ts";
import { fatal, getsched, proceed, waitReason } from "../sched.ts";
import { Sema, semacquire, semrelease } from "../sema.ts";
import { innerMutex, type Locker } from "./mutex.ts";
import { freezeClasses } from "../harden.ts";

const rwmutexMaxReaders = 1 << 30;

const traceWrite = "sync.RWMutex";
const traceRead = "sync.RWMutex (read)";

/**
 * A reader/writer lock: Go's `sync.RWMutex`. Any number of goroutines may
 * hold it for reading (`rLock`), or one for writing (`lock`). Once a writer
 * waits, new readers wait behind it, so a stream of readers cannot keep a
 * writer out; this is also why a goroutine must not `rLock` twice (with a
 * writer waiting in between, it would deadlock).
 */
export class RWMutex implements Locker {
  private readonly w = innerMutex();
  private readonly writerSem = new Sema();
  private readonly readerSem = new Sema();
  private readerCount = 0;
  private readerWait = 0;

  /**
   * Locks for reading, waiting (in `sync.RWMutex.RLock`) while a writer holds
   * the lock or waits for it. Release with `rUnlock`, in `finally`.
   */
  rLock(): PromiseLike<void> {
    const s = getsched();
    if (++this.readerCount < 0) return this.rLockSlow();
    if (race !== null) race.acquire(s.curg, this.readerSem);
    if (s.tracing) s.record(s.curg, "lock", { what: traceRead });
    return proceed(undefined);
  }

  // A writer is pending: wait until its unlock lets us in.
  private async rLockSlow(): Promise<void> {
    const s = getsched();
    await semacquire(this.readerSem, false, waitReason.syncRWMutexRLock);
    if (race !== null) race.acquire(s.curg, this.readerSem);
    if (s.tracing) s.record(s.curg, "lock", { what: traceRead });
  }

  /** Locks for reading if that needs no wait (no writer holds or awaits the lock); reports whether it did. */
  tryRLock(): boolean {
    const s = getsched();
    if (this.readerCount < 0) return false;
    this.readerCount++;
    if (race !== null) race.acquire(s.curg, this.readerSem);
    if (s.tracing) s.record(s.curg, "lock", { what: traceRead });
    return true;
  }

  /**
   * Undoes one `rLock`; the last reader to leave lets a waiting writer in.
   * Without a read lock held it is a fatal error: `fatal error: sync:
   * RUnlock of unlocked RWMutex`.
   */
  rUnlock(): void {
    const s = getsched();
    const r = --this.readerCount;
    if (r < 0 && (r + 1 === 0 || r + 1 === -rwmutexMaxReaders)) {
      fatal("sync: RUnlock of unlocked RWMutex");
    }
    if (race !== null) race.releaseMerge(s.curg, this.writerSem);
    if (s.tracing) s.record(s.curg, "unlock", { what: traceRead });
    // A writer is pending: the last reader to leave lets it in.
    if (r < 0 && --this.readerWait === 0) semrelease(this.writerSem, false);
  }

  /**
   * Locks for writing: waits (in `sync.Mutex.Lock`, as Go's does) for other
   * writers, then bars new readers and waits (in `sync.RWMutex.Lock`) for the
   * readers inside to leave.
   */
  lock(): PromiseLike<void> {
    const s = getsched();
    if (!this.w.tryLock()) return this.lockSlow();
    if (this.announceWriter()) return this.waitReaders();
    this.acquireWriter();
    if (s.tracing) s.record(s.curg, "lock", { what: traceWrite });
    return proceed(undefined);
  }

  private async lockSlow(): Promise<void> {
    await this.w.lock();
    if (this.announceWriter()) return this.waitReaders();
    this.acquireWriter();
    const s = getsched();
    if (s.tracing) s.record(s.curg, "lock", { what: traceWrite });
  }

  // A writer comes after the last writer and after every reader that left (Go's race annotations).
  private acquireWriter(): void {
    if (race === null) return;
    const gp = getsched().curg;
    race.acquire(gp, this.readerSem);
    race.acquire(gp, this.writerSem);
  }

  // Bars new readers; reports whether readers are still inside.
  private announceWriter(): boolean {
    const r = (this.readerCount -= rwmutexMaxReaders) + rwmutexMaxReaders;
    return r !== 0 && (this.readerWait += r) !== 0;
  }

  private async waitReaders(): Promise<void> {
    const s = getsched();
    await semacquire(this.writerSem, false, waitReason.syncRWMutexLock);
    this.acquireWriter();
    if (s.tracing) s.record(s.curg, "lock", { what: traceWrite });
  }

  /** Locks for writing if no reader or writer holds the lock; reports whether it did. */
  tryLock(): boolean {
    const s = getsched();
    if (!this.w.tryLock()) return false;
    if (this.readerCount !== 0) {
      this.w.unlock();
      return false;
    }
    this.readerCount = -rwmutexMaxReaders;
    this.acquireWriter();
    if (s.tracing) s.record(s.curg, "lock", { what: traceWrite });
    return true;
  }

  /**
   * Unlocks for writing: lets in the readers that waited, then the next
   * writer. Without the write lock held it is a fatal error: `fatal error:
   * sync: Unlock of unlocked RWMutex`.
   */
  unlock(): void {
    const s = getsched();
    const r = (this.readerCount += rwmutexMaxReaders);
    if (r >= rwmutexMaxReaders) fatal("sync: Unlock of unlocked RWMutex");
    if (race !== null) race.release(s.curg, this.readerSem);
    if (s.tracing) s.record(s.curg, "unlock", { what: traceWrite });
    for (let i = 0; i < r; i++) semrelease(this.readerSem, false);
    this.w.unlock();
  }

  /** A Locker whose `lock` and `unlock` are this lock's `rLock` and `rUnlock` (Go's `RLocker`), e.g. for a `sync.Cond`. */
  rLocker(): Locker {
    return new RLocker(this);
  }
}

class RLocker implements Locker {
  constructor(private readonly rw: RWMutex) {}

  lock(): PromiseLike<void> {
    return this.rw.rLock();
  }

  unlock(): void {
    this.rw.rUnlock();
  }
}

freezeClasses(RWMutex, RLocker);
