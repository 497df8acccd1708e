import * as sync from "go/sync";

/** A slow function that computes the value for a key. */
export type Load<V> = (key: string) => Promise<V>;

/** A cache that many goroutines may use at once. */
export class Cache<V> {
  // TODO: every goroutine that calls get shares this Map, and
  // nothing locks mu around it yet. Guard it, and load each key
  // once, even when many goroutines ask for it at the same time.
  private readonly mu = new sync.RWMutex();
  private readonly values = new Map<string, V>();

  /**
   * The value for key. The first call for a key loads it with
   * `load`; every later or concurrent call gets the same value.
   */
  async get(key: string, load: Load<V>): Promise<V> {
    if (this.values.has(key)) return this.values.get(key)!;
    const value = await load(key);
    this.values.set(key, value);
    return value;
  }
}
