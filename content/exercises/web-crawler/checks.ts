import * as time from "go/time";
import { checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

const latency = 100 * time.Millisecond; // every fetch takes this long

type Web = Record<string, { body: string; urls: string[] }>;

const site = "https://gophers.example";

// A small site. /team is linked from /about and /blog, both one link from
// the home page, so two goroutines find it at the same moment; /jobs is
// found by three pages at once, one link further; /missing is not found.
const gophers: Web = {
  [`${site}/`]: {
    body: "Home",
    urls: [`${site}/about`, `${site}/blog`],
  },
  [`${site}/about`]: {
    body: "About us",
    urls: [`${site}/`, `${site}/team`],
  },
  [`${site}/blog`]: {
    body: "Blog",
    urls: [`${site}/blog/1`, `${site}/blog/2`, `${site}/team`],
  },
  [`${site}/team`]: {
    body: "The team",
    urls: [`${site}/`, `${site}/jobs`],
  },
  [`${site}/blog/1`]: {
    body: "First post",
    urls: [`${site}/blog`, `${site}/jobs`],
  },
  [`${site}/blog/2`]: {
    body: "Second post",
    urls: [`${site}/blog`, `${site}/jobs`, `${site}/missing`],
  },
  [`${site}/jobs`]: {
    body: "Jobs",
    urls: [`${site}/team`, `${site}/`],
  },
};

// A bigger web: 300 pages, each linking to three others (some more than once,
// some to itself), and page k to page 2k, so everything is reachable.
function bigWeb(): Web {
  const n = 300;
  const url = (i: number) => `https://big.example/${i % n}`;
  const web: Web = {};
  for (let i = 0; i < n; i++) {
    web[url(i)] = {
      body: `page ${i}`,
      urls: [url(2 * i + 1), url(i * 7 + 3), url(i * i + 11), url(i)],
    };
  }
  return web;
}

/** The pages within `depth` of `start`, by breadth-first search: what crawl should return. */
function expected(
  web: Web,
  start: string,
  depth: number,
): Record<string, string> {
  const want: Record<string, string> = {};
  const seen = new Set([start]);
  let level = [start];
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const u of level) {
      const page = web[u];
      if (page === undefined) continue;
      want[u] = page.body;
      for (const v of page.urls) {
        if (!seen.has(v)) {
          seen.add(v);
          next.push(v);
        }
      }
    }
    level = next;
  }
  return want;
}

/** A fetcher over `web` whose every fetch takes 100ms, counting fetches per URL. */
function fakeFetcher(web: Web) {
  const fetches = new Map<string, number>();
  const fetcher = {
    async fetch(url: string) {
      fetches.set(url, (fetches.get(url) ?? 0) + 1);
      await time.sleep(latency);
      const page = web[url];
      if (page === undefined) throw new Error(`not found: ${url}`);
      return { body: page.body, urls: [...page.urls] };
    },
  };
  return { fetcher, fetches };
}

/** Up to three items, then how many more. */
function some(items: string[]): string {
  const shown = items.slice(0, 3).join(", ");
  return items.length > 3
    ? `${shown} and ${items.length - 3} more`
    : shown;
}

/** Fails unless `got` is a Map holding exactly the pages in `want`. */
function samePages(
  t: T,
  got: unknown,
  want: Record<string, string>,
  what: string,
) {
  if (!(got instanceof Map))
    t.fatal(`${what} returned ${String(got)}, want a Map`);
  const pages = got as Map<unknown, unknown>;
  const missing = Object.keys(want).filter((url) => !pages.has(url));
  t.assert(
    missing.length === 0,
    `${what} did not return ${some(missing)}`,
  );
  const extra = [...pages.keys()]
    .map(String)
    .filter((url) => !(url in want));
  t.assert(
    extra.length === 0,
    `${what} returned ${some(extra)}, which it should not`,
  );
  for (const [url, body] of Object.entries(want)) {
    t.equal(
      pages.get(url),
      body,
      `the body of ${url} returned by ${what}`,
    );
  }
}

/** Fails if any URL was fetched more than once. */
function fetchedOnce(t: T, fetches: Map<string, number>, what: string) {
  for (const [url, n] of fetches) {
    t.assert(n === 1, `${what} fetched ${url} ${n} times, want once`);
  }
}

export default checks<typeof Exercise>((learner) => [
  ...[1, 2, 3, 4, 6].map((depth) => ({
    name:
      depth === 1
        ? "crawl(home, 1) returns the home page alone"
        : `crawl(home, ${depth}) returns every page up to ${depth - 1} ${depth === 2 ? "link" : "links"} away`,
    async run(t: T) {
      const { fetcher } = fakeFetcher(gophers);
      const r = await t.run(() =>
        learner.crawl(`${site}/`, depth, fetcher),
      );
      t.noDeadlock(r);
      samePages(
        t,
        r.value,
        expected(gophers, `${site}/`, depth),
        `crawl("${site}/", ${depth})`,
      );
    },
  })),
  {
    name: "crawl(home, 0) fetches nothing",
    seeds: 1,
    async run(t) {
      const { fetcher, fetches } = fakeFetcher(gophers);
      const r = await t.run(() =>
        learner.crawl(`${site}/`, 0, fetcher),
      );
      t.noDeadlock(r);
      samePages(t, r.value, {}, `crawl("${site}/", 0)`);
      t.equal(fetches.size, 0, `URLs fetched by crawl("${site}/", 0)`);
    },
  },
  {
    name: "fetches no URL twice, even when several pages link to it at once",
    async run(t) {
      const { fetcher, fetches } = fakeFetcher(gophers);
      const r = await t.run(() =>
        learner.crawl(`${site}/`, 5, fetcher),
      );
      t.noDeadlock(r);
      fetchedOnce(t, fetches, `crawl("${site}/", 5)`);
      t.equal(
        fetches.size,
        8,
        `URLs fetched by crawl("${site}/", 5), /missing included`,
      );
    },
  },
  {
    name: "fetches in parallel: one fetch's time per level",
    async run(t) {
      const { fetcher } = fakeFetcher(gophers);
      const r = await t.run(() =>
        learner.crawl(`${site}/`, 4, fetcher),
      );
      t.noDeadlock(r);
      t.within(
        r,
        4 * latency,
        `crawl("${site}/", 4), each fetch taking 100ms,`,
      );
    },
  },
  {
    name: "a web of 300 pages: every page once, in parallel",
    async run(t) {
      const web = bigWeb();
      const start = "https://big.example/1";
      const { fetcher, fetches } = fakeFetcher(web);
      const r = await t.run(() => learner.crawl(start, 6, fetcher));
      t.noDeadlock(r);
      fetchedOnce(t, fetches, `crawl("${start}", 6)`);
      t.within(
        r,
        6 * latency,
        `crawl("${start}", 6), each fetch taking 100ms,`,
      );
      samePages(
        t,
        r.value,
        expected(web, start, 6),
        `crawl("${start}", 6)`,
      );
    },
  },
  {
    name: "returns when the crawl is done, leaving nothing running",
    async run(t) {
      const { fetcher } = fakeFetcher(gophers);
      const r = await t.run(() =>
        learner.crawl(`${site}/`, 5, fetcher),
      );
      t.noDeadlock(r);
      t.noLeaks(r, "crawl");
    },
  },
  {
    name: "no data race",
    async run(t) {
      const { fetcher } = fakeFetcher(gophers);
      const r = await t.run(
        () => learner.crawl(`${site}/`, 5, fetcher),
        { race: true },
      );
      t.noDeadlock(r);
      t.noRace(r);
    },
  },
]);
