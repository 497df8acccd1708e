import { chan } from "go";
import * as sync from "go/sync";

// One day at the bank: two deposits into an empty account.
async function day(): Promise<number> {
  let balance = 0;
  const audit = chan<string>(10); // room: a send never waits

  async function deposit(who: string, amount: number) {
    const current = balance; // read
    // A send that completes at once is still a point
    // where another goroutine may run.
    await audit.send(`${who} deposits ${amount}`);
    balance = current + amount; // write: what was read, plus amount
  }

  const wg = new sync.WaitGroup();
  // wg.go(f): add(1), go(f), and done() when f returns (lesson 4)
  wg.go(() => deposit("ana", 50));
  wg.go(() => deposit("ben", 30));
  await wg.wait();
  return balance;
}

export async function main() {
  for (let d = 1; d <= 5; d++) {
    const balance = await day();
    const lost = 80 - balance;
    const note = lost > 0 ? ` (lost ${lost})` : "";
    console.log(`day ${d}: balance ${balance}${note}`);
  }
}

// race: intended — the two deposits read and write `balance` unordered.
