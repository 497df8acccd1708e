import { chan, go, recv, select } from "go";
import type { Chan } from "go";
import * as sync from "go/sync";

type Counts = Map<string, number>;

// Sharing memory: the counts are in a Map; a mutex guards it.
class LockedCounter {
  private readonly mu = new sync.Mutex();
  private readonly counts: Counts = new Map();

  async hit(page: string) {
    await this.mu.lock();
    try {
      this.counts.set(page, (this.counts.get(page) ?? 0) + 1);
    } finally {
      this.mu.unlock();
    }
  }

  async snapshot(): Promise<Counts> {
    await this.mu.lock();
    try {
      return new Map(this.counts);
    } finally {
      this.mu.unlock();
    }
  }
}

// Communicating: one goroutine owns the counts, and the
// others send it messages.
class OwnedCounter {
  private readonly hits = chan<string>();
  private readonly asks = chan<Chan<Counts>>();

  constructor() {
    go(async () => {
      const counts: Counts = new Map(); // only this goroutine's
      for (;;) {
        await select([
          recv(this.hits, (page) => {
            counts.set(page, (counts.get(page) ?? 0) + 1);
          }),
          recv(this.asks, (reply) => reply.send(new Map(counts))),
        ]);
      }
    });
  }

  hit(page: string) {
    return this.hits.send(page);
  }

  async snapshot(): Promise<Counts> {
    const reply = chan<Counts>();
    await this.asks.send(reply);
    return reply.recv();
  }
}

const visits = ["home", "docs", "home", "blog", "home", "docs"];

async function count(counter: LockedCounter | OwnedCounter) {
  const wg = new sync.WaitGroup();
  for (const page of visits) wg.go(() => counter.hit(page));
  await wg.wait();
  return counter.snapshot();
}

export async function main() {
  console.log("mutex:  ", await count(new LockedCounter()));
  console.log("channel:", await count(new OwnedCounter()));
}
