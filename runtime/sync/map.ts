// sync.Map, after Go's sync/map.go. Go's map is built for many threads
// (a read-only copy and a locked dirty map, or a hash trie since Go 1.24);
// with one goroutine running at a time every call is atomic, so a plain Map
// underneath keeps the same contract. Iteration follows insertion order,
// which Go does not promise: do not rely on it.

import { race } from "../race.ts";
import { freezeClasses } from "../harden.ts";

/**
 * A map safe for use by many goroutines without extra locking: Go's
 * `sync.Map`. All its methods are synchronous. Go recommends a plain map
 * with a Mutex for most uses; sync.Map suits keys written once and read
 * many times, or goroutines working on disjoint keys.
 */
export class Map<K = unknown, V = unknown> {
  private readonly m = new globalThis.Map<K, V>();

  /** The value stored for `key` and whether there was one: Go's `v, ok := m.Load(key)`. */
  load(key: K): [V, true] | [undefined, false] {
    if (race !== null) race.atomic(this, false);
    const m = this.m;
    return m.has(key) ? [m.get(key)!, true] : [undefined, false];
  }

  /** Sets the value for `key`. */
  store(key: K, value: V): void {
    if (race !== null) race.atomic(this, true);
    this.m.set(key, value);
  }

  /**
   * Returns the value already stored for `key` and `loaded = true`; or, if
   * there is none, stores `value` and returns it with `loaded = false`.
   */
  loadOrStore(key: K, value: V): [actual: V, loaded: boolean] {
    if (race !== null) race.atomic(this, true);
    const m = this.m;
    if (m.has(key)) return [m.get(key)!, true];
    m.set(key, value);
    return [value, false];
  }

  /** Deletes `key`, returning its previous value and whether there was one. */
  loadAndDelete(key: K): [V, true] | [undefined, false] {
    if (race !== null) race.atomic(this, true);
    const m = this.m;
    if (!m.has(key)) return [undefined, false];
    const v = m.get(key)!;
    m.delete(key);
    return [v, true];
  }

  /** Deletes the value for `key`. */
  delete(key: K): void {
    if (race !== null) race.atomic(this, true);
    this.m.delete(key);
  }

  /** Stores `value` for `key`, returning the previous value and whether there was one. */
  swap(key: K, value: V): [V, true] | [undefined, false] {
    if (race !== null) race.atomic(this, true);
    const prev = this.load(key);
    this.m.set(key, value);
    return prev;
  }

  /** Stores `next` for `key` if the value stored is `old` (compared with `===`); reports whether it did. */
  compareAndSwap(key: K, old: V, next: V): boolean {
    if (race !== null) race.atomic(this, true);
    const m = this.m;
    if (!m.has(key) || m.get(key) !== old) return false;
    m.set(key, next);
    return true;
  }

  /** Deletes `key` if its value is `old` (compared with `===`); reports whether it did. */
  compareAndDelete(key: K, old: V): boolean {
    if (race !== null) race.atomic(this, true);
    const m = this.m;
    if (!m.has(key) || m.get(key) !== old) return false;
    m.delete(key);
    return true;
  }

  /**
   * Calls `f(key, value)` for each entry until `f` returns false (Go's
   * `Range`). Entries stored or deleted during the walk may or may not be
   * visited, as in Go.
   */
  range(f: (key: K, value: V) => boolean): void {
    if (race !== null) race.atomic(this, false);
    for (const [k, v] of this.m) if (f(k, v) === false) return;
  }

  /** Deletes every entry (Go 1.23's `Clear`). */
  clear(): void {
    if (race !== null) race.atomic(this, true);
    this.m.clear();
  }
}

freezeClasses(Map);
