// Mistake: the set of seen URLs and the map of pages are shared by every
// goroutine with no lock.
// Caught by: "no data race"
import * as sync from "go/sync";
import type { Fetcher, Page } from "../solution.ts";

export type { Fetcher, Page } from "../solution.ts";

// Right behaviour, but shared Set and Map with no lock.
export async function crawl(
  url: string,
  depth: number,
  fetcher: Fetcher,
) {
  const seen = new Set<string>();
  const found = new Map<string, string>();
  const wg = new sync.WaitGroup();
  async function visit(url: string, depth: number) {
    if (depth <= 0 || seen.has(url)) return;
    seen.add(url);
    let page: Page;
    try {
      page = await fetcher.fetch(url);
    } catch {
      return;
    }
    found.set(url, page.body);
    for (const next of page.urls) wg.go(() => visit(next, depth - 1));
  }
  wg.go(() => visit(url, depth));
  await wg.wait();
  return found;
}
