import { chan } from "go";
import * as fmt from "go/fmt";
import * as sync from "go/sync";

export async function main() {
  let balance = 100; // guarded by mu
  const mu = new sync.Mutex();
  const notes = chan<number>(2); // the cash the machine pays out

  // Pays out `amount` if the account holds it. Every access to the
  // balance holds the lock, yet the check and the debit are two
  // separate critical sections.
  async function withdraw(amount: number) {
    await mu.lock();
    const enough = balance >= amount;
    mu.unlock();
    if (!enough) return;
    await notes.send(amount); // count out the notes
    await mu.lock();
    balance -= amount;
    mu.unlock();
  }

  const wg = new sync.WaitGroup();
  wg.go(() => withdraw(70));
  wg.go(() => withdraw(70));
  await wg.wait();
  notes.close();
  let paid = 0;
  for await (const n of notes) paid += n;
  fmt.println("paid out:", paid);
  fmt.println("balance:", balance);
}
