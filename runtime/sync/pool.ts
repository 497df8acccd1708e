// sync.Pool, after Go's sync/pool.go. Go keeps a private slot and a shared
// queue per P, and the garbage collector empties pools; with one P and no
// collector hooks, a pool is a stack: get takes the value put last.
import { freezeClasses } from "../harden.ts";
import { race } from "../race.ts";
import { getsched } from "../sched.ts";

/**
 * A set of temporary objects to reuse, to spare the allocator: Go's
 * `sync.Pool`. `get` takes any value that was `put`, or makes one with
 * `new`. Do not rely on getting back what you put: Go's pool may drop
 * values at any garbage collection (this one keeps them).
 *
 * ```ts
 * const buffers = new sync.Pool({ new: () => new Uint8Array(1024) });
 * const buf = buffers.get()!;
 * // ... use buf ...
 * buffers.put(buf);
 * ```
 */
export class Pool<T = unknown> {
  /** Makes a value when the pool is empty (Go's `Pool.New`); optional. */
  new: (() => T) | undefined;
  private readonly items: T[] = [];

  /** A pool that makes values with `options.new` when empty: `new sync.Pool({ new: () => x })`. */
  constructor(options: { new?: () => T } = {}) {
    this.new = options.new;
  }

  /**
   * Removes and returns a value from the pool; if it is empty, returns
   * `new()`, or `null` (Go's nil) when there is no `new`.
   */
  get(): T | null {
    if (this.items.length > 0) {
      const x = this.items.pop()!;
      // What the putter did with x happens before the getter uses it (Go's race annotations).
      if (race !== null) race.acquire(getsched().curg, this);
      return x;
    }
    return this.new === undefined ? null : this.new();
  }

  /** Adds `x` to the pool for a later `get`; `null` and `undefined` are ignored, as Go ignores nil. */
  put(x: T): void {
    if (x === null || x === undefined) return;
    if (race !== null) race.releaseMerge(getsched().curg, this);
    this.items.push(x);
  }
}

freezeClasses(Pool);
