// Mistake: a goroutine per key serves its value forever: the cache leaves
// a goroutine running for every key it has loaded.
// Caught by: "10 goroutines asking for one key at once load it once"
import { chan, go, type Chan } from "go";
import * as sync from "go/sync";
import type { Load } from "../solution.ts";

export type { Load } from "../solution.ts";

// One owner goroutine per key, serving requests for ever: leaks.
export class Cache<V> {
  private readonly mu = new sync.Mutex();
  private readonly owners = new Map<string, Chan<Chan<V>>>();
  async get(key: string, load: Load<V>): Promise<V> {
    await this.mu.lock();
    let reqs = this.owners.get(key);
    if (reqs === undefined) {
      const r = chan<Chan<V>>();
      reqs = r;
      this.owners.set(key, r);
      go(async () => {
        const v = await load(key);
        for (;;) await (await r.recv()).send(v);
      });
    }
    this.mu.unlock();
    const reply = chan<V>(1);
    await reqs.send(reply);
    return reply.recv();
  }
}
