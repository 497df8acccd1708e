import * as sync from "go/sync";

class Account {
  readonly mu = new sync.Mutex();
  constructor(
    readonly name: string,
    public balance: number,
  ) {}
}

// Moves `amount` from one account to the other, holding both locks:
// the lock-ordering example without its millisecond's pause.
async function transfer(from: Account, to: Account, amount: number) {
  await from.mu.lock();
  try {
    await to.mu.lock();
    try {
      from.balance -= amount;
      to.balance += amount;
    } finally {
      to.mu.unlock();
    }
  } finally {
    from.mu.unlock();
  }
  console.log(`${from.name} paid ${to.name} ${amount}`);
}

export async function main() {
  const ann = new Account("Ann", 100);
  const ben = new Account("Ben", 100);
  const wg = new sync.WaitGroup();
  wg.go(() => transfer(ann, ben, 10));
  wg.go(() => transfer(ben, ann, 20));
  await wg.wait();
  console.log(`Ann has ${ann.balance}, Ben has ${ben.balance}`);
}
