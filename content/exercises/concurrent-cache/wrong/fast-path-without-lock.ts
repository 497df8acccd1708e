// Mistake: the fast path, for a key already there, reads the map without
// the read lock, while another goroutine may be adding a key under the
// lock.
// Caught by: "no data race"
import { chan } from "go";
import * as sync from "go/sync";
import type { Load } from "../solution.ts";

export type { Load } from "../solution.ts";

// A key's value, or the promise of one: `ready` is closed once
// `value` is set.
class Entry<V> {
  value: V | undefined = undefined;
  readonly ready = chan<void>();
}

/** A cache that many goroutines may use at once. */
export class Cache<V> {
  private readonly mu = new sync.RWMutex(); // guards entries
  private readonly entries = new Map<string, Entry<V>>();

  /**
   * The value for key. The first call for a key loads it with
   * `load`; every later or concurrent call gets the same value.
   */
  async get(key: string, load: Load<V>): Promise<V> {
    const [entry, mine] = await this.entry(key);
    if (mine) {
      // Loaded without the lock: other keys go on meanwhile,
      // and load may itself call get.
      entry.value = await load(key);
      entry.ready.close(); // wakes everyone waiting for this key
    } else {
      await entry.ready.recv(); // at once if the value is in
    }
    return entry.value as V;
  }

  // The key's entry, and whether this caller created it (and
  // so must load it).
  private async entry(key: string): Promise<[Entry<V>, boolean]> {
    // The common case, a key already there: read at once,
    // with no lock (here is the mistake).
    const found = this.entries.get(key);
    if (found !== undefined) return [found, false];
    await this.mu.lock();
    try {
      // Another goroutine may have added it since the first look.
      const entry = this.entries.get(key);
      if (entry !== undefined) return [entry, false];
      const created = new Entry<V>();
      this.entries.set(key, created);
      return [created, true];
    } finally {
      this.mu.unlock();
    }
  }
}
