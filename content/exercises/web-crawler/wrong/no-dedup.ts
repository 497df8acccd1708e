// Mistake: remembers nothing of the URLs it has seen: a page linked from
// several pages is fetched again and again.
// Caught by: "fetches no URL twice, even when several pages link to it at once"
import * as sync from "go/sync";
import type { Fetcher, Page } from "../solution.ts";

export type { Fetcher, Page } from "../solution.ts";

// Parallel, no dedup.
export async function crawl(
  url: string,
  depth: number,
  fetcher: Fetcher,
) {
  const mu = new sync.Mutex();
  const found = new Map<string, string>();
  const wg = new sync.WaitGroup();
  async function visit(url: string, depth: number) {
    if (depth <= 0) return;
    let page: Page;
    try {
      page = await fetcher.fetch(url);
    } catch {
      return;
    }
    await mu.lock();
    found.set(url, page.body);
    mu.unlock();
    for (const next of page.urls) wg.go(() => visit(next, depth - 1));
  }
  wg.go(() => visit(url, depth));
  await wg.wait();
  return found;
}
