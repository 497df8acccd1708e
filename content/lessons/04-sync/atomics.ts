import * as runtime from "go/runtime";
import * as sync from "go/sync";
import * as atomic from "go/sync/atomic";

export async function main() {
  const tickets = new atomic.Int64(); // tickets left
  const sold = new atomic.Int64();
  const retries = new atomic.Int64();

  // Takes one ticket if any is left; reports whether it got one.
  async function buy(): Promise<boolean> {
    for (;;) {
      const left = tickets.load();
      if (left === 0) return false;
      // Other buyers may run here, as other cores would in Go.
      await runtime.gosched();
      // Take one only if nobody has since we looked.
      if (tickets.compareAndSwap(left, left - 1)) return true;
      retries.add(1); // someone did: look again
    }
  }

  tickets.store(10);
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 25; i++) {
    wg.go(async () => {
      if (await buy()) sold.add(1);
    });
  }
  await wg.wait();
  console.log("25 buyers for 10 tickets");
  console.log("sold:", sold.load(), "left:", tickets.load());
  console.log("retries:", retries.load());
}
