// Mistake: takes no lock at all: the balances are read and written with
// nothing guarding them.
// Caught by: "moves the money from one account to the other"
import * as sync from "go/sync";

/** A bank account. Its balance may be read or changed only while mu is held. */
export interface Account {
  /** Unique to the account; it never changes. */
  readonly id: number;
  balance: number;
  readonly mu: sync.Mutex;
}

/**
 * Moves amount from one account to the other as one step: both balances
 * change while both accounts' locks are held.
 */
export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  from.balance -= amount;
  to.balance += amount;
}
