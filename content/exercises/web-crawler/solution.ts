import * as sync from "go/sync";

/** A fetched page: its body, and the URLs it links to. */
export interface Page {
  body: string;
  urls: string[];
}

/**
 * Fetches pages, as Go's Fetcher interface does. `fetch` throws
 * an Error for a page that is not found.
 */
export interface Fetcher {
  fetch(url: string): Promise<Page>;
}

/**
 * Crawls the web from `url`, following links up to `depth` pages
 * deep (depth 1: `url` alone), fetching every URL at most once,
 * and pages in parallel. Returns every page's body, by URL.
 */
export async function crawl(
  url: string,
  depth: number,
  fetcher: Fetcher,
): Promise<Map<string, string>> {
  const mu = new sync.Mutex(); // guards seen and found
  const seen = new Set<string>(); // URLs claimed for a fetch
  const found = new Map<string, string>();
  const wg = new sync.WaitGroup();

  async function visit(url: string, depth: number) {
    if (depth <= 0) return;
    await mu.lock();
    try {
      if (seen.has(url)) return; // someone else fetches it
      seen.add(url); // claimed in the critical section of the check
    } finally {
      mu.unlock();
    }

    let page: Page;
    try {
      page = await fetcher.fetch(url);
    } catch {
      return; // not found
    }

    await mu.lock();
    try {
      found.set(url, page.body);
    } finally {
      mu.unlock();
    }
    for (const next of page.urls) {
      wg.go(() => visit(next, depth - 1));
    }
  }

  wg.go(() => visit(url, depth));
  await wg.wait(); // every visit, and all they started, are done
  return found;
}
