import { chan, go } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as time from "go/time";

function status(when: string) {
  fmt.printf(
    "%-24s Ps=%d  Gs=%d\n",
    when,
    runtime.GOMAXPROCS(0), // 0 (or nothing) only asks
    runtime.numGoroutine(),
  );
}

export async function main() {
  status("at the start");

  const release = chan<void>();
  for (let i = 0; i < 3; i++) {
    go(async () => {
      await release.recv(); // blocked: a G needs no P to wait
    });
  }
  status("three Gs made");

  const before = runtime.GOMAXPROCS(2); // returns the old setting
  status(`Ps set to 2 (was ${before})`);

  release.close(); // all three can run, and end
  await time.sleep(time.Millisecond); // give them the moment
  status("three Gs ended");
}
