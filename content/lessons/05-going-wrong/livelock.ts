import * as sync from "go/sync";
import * as atomic from "go/sync/atomic";
import * as time from "go/time";

type Side = "window" | "wall";

interface Walker {
  name: string;
  // Changed by its walker while the other looks at it: an atomic.
  side: atomic.Value<Side>;
}

function walker(name: string, side: Side): Walker {
  const w: Walker = { name, side: new atomic.Value<Side>() };
  w.side.store(side);
  return w;
}

const beat = time.Second;

// Walks towards `other` down a hallway with room for two. On every
// beat it looks: if the way is clear, it walks past; if not, it
// steps to the other side half a beat later. With `backOff`, it
// first tosses a coin, and on heads waits a beat instead.
async function walk(
  me: Walker,
  other: Walker,
  backOff: boolean,
  start: time.Time,
) {
  const say = (what: string) =>
    console.log(
      `${time.durationString(time.since(start))}\t${me.name} ${what}`,
    );
  for (let tries = 0; ; tries++) {
    const mine = me.side.load()!;
    if (mine !== other.side.load()) {
      say(`walks past on the ${mine} side`);
      return;
    }
    if (tries === 5) {
      say("gives up");
      return;
    }
    if (backOff && Math.random() < 0.5) {
      say("waits");
      await time.sleep(beat);
      continue;
    }
    await time.sleep(beat / 2);
    const next = mine === "window" ? "wall" : "window";
    me.side.store(next);
    say(`steps to the ${next} side`);
    await time.sleep(beat / 2);
  }
}

async function hallway(backOff: boolean) {
  const alice = walker("Alice", "window");
  const bob = walker("Bob", "window");
  const start = time.now();
  const wg = new sync.WaitGroup();
  wg.go(() => walk(alice, bob, backOff, start));
  wg.go(() => walk(bob, alice, backOff, start));
  await wg.wait();
}

export async function main() {
  console.log("Both polite, in step:");
  await hallway(false);
  console.log("\nPolite, with random back-off:");
  await hallway(true);
}
