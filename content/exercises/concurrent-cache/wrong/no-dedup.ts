// Mistake: looks the key up under a read lock, then loads it with no lock
// held: goroutines that miss at the same time all load it.
// Caught by: "10 goroutines asking for one key at once load it once"
import * as sync from "go/sync";
import type { Load } from "../solution.ts";

export type { Load } from "../solution.ts";

export class Cache<V> {
  private readonly mu = new sync.RWMutex();
  private readonly values = new Map<string, V>();
  async get(key: string, load: Load<V>): Promise<V> {
    await this.mu.rLock();
    const has = this.values.has(key);
    const v = this.values.get(key);
    this.mu.rUnlock();
    if (has) return v!;
    const value = await load(key);
    await this.mu.lock();
    this.values.set(key, value);
    this.mu.unlock();
    return value;
  }
}
