// Mistake: reads and writes the map of entries from many goroutines with
// no lock at all.
// Caught by: "no data race"
import { chan } from "go";
import type { Load } from "../solution.ts";

export type { Load } from "../solution.ts";

class Entry<V> {
  value: V | undefined = undefined;
  readonly ready = chan<void>();
}

// Entries in a plain Map, no lock: correct in one-at-a-time JS, a data race in Go.
export class Cache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  async get(key: string, load: Load<V>): Promise<V> {
    let e = this.entries.get(key);
    if (e === undefined) {
      e = new Entry<V>();
      this.entries.set(key, e);
      e.value = await load(key);
      e.ready.close();
      return e.value;
    }
    await e.ready.recv();
    return e.value as V;
  }
}
