// Mistake: starts a goroutine per link but never waits for them: crawl
// returns with only the first page, and the rest of the crawl runs on.
// Caught by: "returns when the crawl is done, leaving nothing running"
import { go } from "go";
import * as sync from "go/sync";
import type { Fetcher, Page } from "../solution.ts";

export type { Fetcher, Page } from "../solution.ts";

// Does not wait for the crawl.
export async function crawl(
  url: string,
  depth: number,
  fetcher: Fetcher,
) {
  const mu = new sync.Mutex();
  const seen = new Set<string>();
  const found = new Map<string, string>();
  async function visit(url: string, depth: number) {
    if (depth <= 0) return;
    await mu.lock();
    const dup = seen.has(url);
    seen.add(url);
    mu.unlock();
    if (dup) return;
    let page: Page;
    try {
      page = await fetcher.fetch(url);
    } catch {
      return;
    }
    await mu.lock();
    found.set(url, page.body);
    mu.unlock();
    for (const next of page.urls) go(visit, next, depth - 1);
  }
  await visit(url, depth);
  return found;
}
