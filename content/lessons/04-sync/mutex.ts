import { chan } from "go";
import * as sync from "go/sync";

class Account {
  private readonly mu = new sync.Mutex(); // guards balance
  private balance = 0;
  private readonly audit = chan<string>(1000);

  async deposit(who: string, amount: number) {
    await this.mu.lock();
    try {
      const current = this.balance;
      await this.audit.send(`${who} deposits ${amount}`);
      this.balance = current + amount;
    } finally {
      this.mu.unlock(); // Go: defer a.mu.Unlock()
    }
  }

  async withdraw(who: string, amount: number): Promise<boolean> {
    await this.mu.lock();
    try {
      if (this.balance < amount) return false; // finally unlocks
      await this.audit.send(`${who} withdraws ${amount}`);
      this.balance -= amount;
      return true;
    } finally {
      this.mu.unlock();
    }
  }

  async read(): Promise<number> {
    await this.mu.lock();
    try {
      return this.balance;
    } finally {
      this.mu.unlock();
    }
  }
}

export async function main() {
  const account = new Account();
  const wg = new sync.WaitGroup();
  for (const who of ["ana", "ben", "cat", "dan", "eve"]) {
    wg.go(async () => {
      for (let i = 0; i < 20; i++) await account.deposit(who, 1);
    });
  }
  await wg.wait();
  console.log("after 100 deposits of 1:", await account.read());
  console.log("withdraw 500:", await account.withdraw("fay", 500));
  console.log("withdraw 60: ", await account.withdraw("fay", 60));
  console.log("balance:", await account.read());
}
