import { go } from "go";
import * as sync from "go/sync";

class Button {
  clicks = 0; // guarded by clicked.L
  readonly clicked = new sync.Cond(new sync.Mutex());

  // Counts a click, then wakes one subscriber, or all of them.
  async click(wake: "signal" | "broadcast") {
    await this.clicked.L.lock();
    this.clicks++;
    this.clicked.L.unlock();
    if (wake === "signal") this.clicked.signal();
    else this.clicked.broadcast();
  }
}

// Starts a goroutine that calls `handler` for each click it
// sees, and returns once that goroutine is listening.
async function subscribe(
  button: Button,
  handler: (click: number) => void,
) {
  const listening = new sync.WaitGroup();
  listening.add(1);
  go(async () => {
    const c = button.clicked;
    await c.L.lock();
    let seen = button.clicks;
    listening.done(); // we hold L: no click until we wait
    for (;;) {
      // wait releases L while it waits, and takes it back
      while (button.clicks === seen) await c.wait();
      seen = button.clicks;
      handler(seen);
    }
  });
  await listening.wait();
}

export async function main() {
  const button = new Button();
  const handled = new sync.WaitGroup();
  for (const action of [
    "maximize window",
    "show dialog",
    "log click",
  ]) {
    await subscribe(button, (click) => {
      console.log(`  ${action} (click ${click})`);
      handled.done();
    });
  }

  console.log("click 1, broadcast:");
  handled.add(3); // all three subscribers will handle it
  await button.click("broadcast");
  await handled.wait();

  console.log("click 2, signal:");
  handled.add(1); // one subscriber will
  await button.click("signal");
  await handled.wait();
}
