// Mistake: shares a load among the goroutines that ask while it runs, but
// keeps no value: a later get loads the key again.
// Caught by: "a key already loaded is not loaded again"
import * as singleflight from "go/singleflight";
import type { Load } from "../solution.ts";

export type { Load } from "../solution.ts";

export class Cache<V> {
  private readonly g = new singleflight.Group<V>();
  async get(key: string, load: Load<V>): Promise<V> {
    const r = await this.g.do(key, () => load(key));
    return r.val as V;
  }
}
