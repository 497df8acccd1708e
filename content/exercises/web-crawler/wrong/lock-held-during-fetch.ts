// Mistake: holds the one mutex across the fetch, so the goroutines fetch
// one at a time.
// Caught by: "fetches in parallel: one fetch's time per level"
import * as sync from "go/sync";
import type { Fetcher, Page } from "../solution.ts";

export type { Fetcher, Page } from "../solution.ts";

// Serialised: the lock is held across the fetch.
export async function crawl(
  url: string,
  depth: number,
  fetcher: Fetcher,
) {
  const mu = new sync.Mutex();
  const seen = new Set<string>();
  const found = new Map<string, string>();
  const wg = new sync.WaitGroup();
  async function visit(url: string, depth: number) {
    if (depth <= 0) return;
    await mu.lock();
    try {
      if (seen.has(url)) return;
      seen.add(url);
      let page: Page;
      try {
        page = await fetcher.fetch(url);
      } catch {
        return;
      }
      found.set(url, page.body);
      for (const next of page.urls) wg.go(() => visit(next, depth - 1));
    } finally {
      mu.unlock();
    }
  }
  wg.go(() => visit(url, depth));
  await wg.wait();
  return found;
}
