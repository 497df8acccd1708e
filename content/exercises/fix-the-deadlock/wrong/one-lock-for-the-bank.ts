// Mistake: guards every transfer with one bank-wide mutex instead of the
// accounts' own locks: no deadlock, but the balances are changed without
// holding the locks that guard them.
// Caught by: "moves the money from one account to the other"
import * as sync from "go/sync";
import type { Account } from "../solution.ts";

export type { Account } from "../solution.ts";

const bankMu = new sync.Mutex();

export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  await bankMu.lock();
  try {
    from.balance -= amount;
    to.balance += amount;
  } finally {
    bankMu.unlock();
  }
}
