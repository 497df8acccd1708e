// Mistake: takes no lock at all: the balances are read and written with
// nothing guarding them.
// Caught by: "moves the money from one account to the other"
import type { Account } from "../solution.ts";

export type { Account } from "../solution.ts";

export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  from.balance -= amount;
  to.balance += amount;
}
