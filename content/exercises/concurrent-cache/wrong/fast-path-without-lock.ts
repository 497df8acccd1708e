// Mistake: the fast path, for a key already there, reads the map without
// the read lock, while another goroutine may be adding a key under the
// lock.
// Caught by: "no data race"
import { chan } from "go";
import * as sync from "go/sync";
import type { Load } from "../solution.ts";

export type { Load } from "../solution.ts";

// Entry and get are as in solution.ts; only entry's fast path differs.
// The checks compile this file alone, for the race detector, so it
// cannot import them.
class Entry<V> {
  value: V | undefined = undefined;
  readonly ready = chan<void>();
}

export class Cache<V> {
  private readonly mu = new sync.RWMutex(); // guards entries
  private readonly entries = new Map<string, Entry<V>>();

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
