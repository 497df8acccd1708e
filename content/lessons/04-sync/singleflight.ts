import * as fmt from "go/fmt";
import * as singleflight from "go/singleflight";
import * as sync from "go/sync";
import * as atomic from "go/sync/atomic";
import * as time from "go/time";

export async function main() {
  const calls = new atomic.Int64();

  // A slow look-up: 100ms, every time it is called.
  async function forecast(city: string): Promise<string> {
    calls.add(1);
    await time.sleep(100 * time.Millisecond);
    return `${city}: sunny`;
  }

  const group = new singleflight.Group<string>();
  const start = time.now();
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 10; i++) {
    wg.go(async () => {
      const r = await group.do("paris", () => forecast("paris"));
      fmt.printf("caller %d: %s, shared %t\n", i, r.val, r.shared);
    });
  }
  await wg.wait();
  const took = time.durationString(time.since(start));
  fmt.printf("10 callers, %d call, %s\n", calls.load(), took);

  // singleflight is not a cache: once the call is over,
  // the next one runs again.
  const r = await group.do("paris", () => forecast("paris"));
  fmt.printf(
    "later: %s, shared %t, calls %d\n",
    r.val,
    r.shared,
    calls.load(),
  );
}
