// sync.Once, after Go's sync/once.go: a done flag for the fast path and a
// mutex that makes late callers wait for the first call to finish.

import { race } from "../race.ts";
import { getsched, proceed } from "../sched.ts";
import { innerMutex } from "./mutex.ts";
import { freezeClasses } from "../harden.ts";

/**
 * Runs a function exactly once: Go's `sync.Once`. The first `do(f)` runs
 * `f`; calls that arrive while it runs wait until it has returned (in
 * `sync.Mutex.Lock`, as in Go); later calls return at once. If `f` throws,
 * the throw reaches the first caller and `f` still counts as done.
 */
export class Once {
  private done = false;
  private readonly m = innerMutex();

  /**
   * Calls `f` (awaiting it if it is async) if no call of `do` on this Once
   * has, and resolves when `f` has returned, whichever caller ran it. Calling
   * `do` on the same Once from inside `f` deadlocks, as in Go.
   */
  do(f: () => unknown): PromiseLike<void> {
    if (this.done) {
      if (race !== null) race.acquire(getsched().curg, this);
      return proceed(undefined);
    }
    return this.doSlow(f);
  }

  private async doSlow(f: () => unknown): Promise<void> {
    await this.m.lock();
    try {
      if (!this.done) {
        // Go sets done in a defer, so a panicking f is done too.
        try {
          await f();
        } finally {
          this.done = true;
          if (race !== null) race.releaseMerge(getsched().curg, this);
        }
      }
    } finally {
      this.m.unlock();
    }
  }
}

freezeClasses(Once);
