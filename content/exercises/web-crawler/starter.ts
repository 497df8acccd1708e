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
  const found = new Map<string, string>();

  // TODO: fetch pages in parallel, each in its own goroutine;
  // fetch no URL twice; return once every page is fetched.
  async function visit(url: string, depth: number) {
    if (depth <= 0) return;
    let page: Page;
    try {
      page = await fetcher.fetch(url);
    } catch {
      return; // not found
    }
    found.set(url, page.body);
    for (const next of page.urls) await visit(next, depth - 1);
  }

  await visit(url, depth);
  return found;
}
