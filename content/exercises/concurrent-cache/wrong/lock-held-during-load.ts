// Mistake: holds the cache's one mutex while load runs, so every get waits
// for every load, whatever its key.
// Caught by: "different keys load in parallel"
import * as sync from "go/sync";
import type { Load } from "../solution.ts";

export type { Load } from "../solution.ts";

export class Cache<V> {
  private readonly mu = new sync.Mutex();
  private readonly values = new Map<string, V>();
  async get(key: string, load: Load<V>): Promise<V> {
    await this.mu.lock();
    try {
      if (this.values.has(key)) return this.values.get(key)!;
      const value = await load(key);
      this.values.set(key, value);
      return value;
    } finally {
      this.mu.unlock();
    }
  }
}
