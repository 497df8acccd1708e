import * as sync from "go/sync";
import * as time from "go/time";
import { checks } from "tour/testing";
import type * as Exercise from "./solution.ts";

const latency = 100 * time.Millisecond;

/** A load that takes 100ms of virtual time, and counts its calls per key. */
function counted() {
  const calls = new Map<string, number>();
  const load = async (key: string): Promise<string> => {
    calls.set(key, (calls.get(key) ?? 0) + 1);
    await time.sleep(latency);
    return `value of ${key}`;
  };
  return { load, calls };
}

/** Runs fns in goroutines at once and waits for them; their results in order. */
async function together<V>(fns: (() => Promise<V>)[]): Promise<V[]> {
  const results: V[] = [];
  const wg = new sync.WaitGroup();
  fns.forEach((fn, i) => {
    wg.go(async () => {
      results[i] = await fn();
    });
  });
  await wg.wait();
  return results;
}

const keys = (n: number) =>
  Array.from({ length: n }, (_, i) => `key${i}`);

export default checks<typeof Exercise>((learner) => [
  {
    name: "get returns the value load gives for the key",
    async run(t) {
      const { load } = counted();
      const r = await t.run(async () => {
        const cache = new learner.Cache<string>();
        return [await cache.get("a", load), await cache.get("b", load)];
      });
      t.noDeadlock(r);
      t.equal(
        r.value,
        ["value of a", "value of b"],
        '[get("a"), get("b")]',
      );
    },
  },
  {
    name: "a key already loaded is not loaded again",
    async run(t) {
      const { load, calls } = counted();
      const r = await t.run(async () => {
        const cache = new learner.Cache<string>();
        await cache.get("a", load);
        const again = await cache.get("a", load);
        return { again, calls: calls.get("a") ?? 0 };
      });
      t.noDeadlock(r);
      t.equal(r.value?.again, "value of a", 'the second get("a")');
      t.equal(
        r.value?.calls,
        1,
        'calls of load("a") after two gets in a row',
      );
      t.within(r, latency, 'two gets of "a" in a row');
    },
  },
  {
    name: "10 goroutines asking for one key at once load it once",
    async run(t) {
      const { load, calls } = counted();
      const r = await t.run(async () => {
        const cache = new learner.Cache<string>();
        const got = await together(
          Array.from({ length: 10 }, () => () => cache.get("k", load)),
        );
        return { got, calls: calls.get("k") ?? 0 };
      });
      t.noDeadlock(r);
      t.equal(
        r.value?.calls,
        1,
        'calls of load("k") for 10 concurrent get("k")',
      );
      t.equal(
        r.value?.got,
        Array.from({ length: 10 }, () => "value of k"),
        'what the 10 get("k") returned',
      );
      t.within(r, latency, '10 concurrent get("k")');
      t.noLeaks(r, "get");
    },
  },
  {
    name: "goroutines arriving during and after a load share it",
    async run(t) {
      const { load, calls } = counted();
      const r = await t.run(async () => {
        const cache = new learner.Cache<string>();
        // Three keys, four callers each, arriving at 0, 50, 100 and 150ms:
        // while the key's first load runs, as it ends, and after.
        const got = await together(
          Array.from({ length: 12 }, (_, i) => async () => {
            await time.sleep((i % 4) * 50 * time.Millisecond);
            return cache.get(`key${i % 3}`, load);
          }),
        );
        return { got, calls: Object.fromEntries(calls) };
      });
      t.noDeadlock(r);
      t.equal(
        r.value?.calls,
        { key0: 1, key1: 1, key2: 1 },
        "calls of load per key, for 12 gets of 3 keys arriving over 150ms",
      );
      t.equal(
        r.value?.got,
        Array.from({ length: 12 }, (_, i) => `value of key${i % 3}`),
        "what the 12 gets returned",
      );
      t.noLeaks(r, "get");
    },
  },
  {
    name: "different keys load in parallel",
    async run(t) {
      const { load } = counted();
      const r = await t.run(async () => {
        const cache = new learner.Cache<string>();
        return together(keys(10).map((k) => () => cache.get(k, load)));
      });
      t.noDeadlock(r);
      t.equal(
        r.value,
        keys(10).map((k) => `value of ${k}`),
        "what get returned for key0 … key9",
      );
      t.within(
        r,
        latency,
        "10 concurrent gets of 10 different keys, each load taking 100ms,",
      );
    },
  },
  {
    name: "a cached key is returned at once while another key loads",
    async run(t) {
      const { load } = counted();
      const r = await t.run(async () => {
        const cache = new learner.Cache<string>();
        await cache.get("a", load);
        const start = time.now();
        let waited = -1;
        await together([
          () => cache.get("b", load),
          async () => {
            await time.sleep(time.Millisecond); // b's load is under way
            const hitStart = time.now();
            await cache.get("a", load);
            waited = time.since(hitStart);
            return "";
          },
        ]);
        return { waited, total: time.since(start) };
      });
      t.noDeadlock(r);
      t.assert(
        r.value?.waited === 0,
        `get("a"), already cached, took ${time.durationString(r.value?.waited ?? 0)} while "b" was loading, want 0s`,
      );
    },
  },
  {
    name: "no data race",
    async run(t) {
      const { load } = counted();
      const r = await t.run(
        async () => {
          const cache = new learner.Cache<string>();
          // Hits, misses and waits for a load in flight, all at once.
          return together(
            Array.from({ length: 12 }, (_, i) => async () => {
              await time.sleep((i % 3) * 60 * time.Millisecond);
              return cache.get(`key${i % 4}`, load);
            }),
          );
        },
        { race: true },
      );
      t.noDeadlock(r);
      t.noRace(r);
    },
  },
  {
    name: "load may call get for another key",
    async run(t) {
      const { load, calls } = counted();
      const r = await t.run(async () => {
        const cache = new learner.Cache<string>();
        // The page's load needs the header, which comes from the same cache.
        const loadPage = async (key: string) =>
          `${key} with ${await cache.get("header", load)}`;
        const got = await together([
          () => cache.get("page", loadPage),
          () => cache.get("header", load),
        ]);
        return { got, calls: calls.get("header") ?? 0 };
      });
      t.noDeadlock(r);
      t.equal(
        r.value?.got,
        ["page with value of header", "value of header"],
        '[get("page") whose load calls get("header"), get("header")]',
      );
      t.equal(r.value?.calls, 1, 'calls of load("header")');
    },
  },
]);
