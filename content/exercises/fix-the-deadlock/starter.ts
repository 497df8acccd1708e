import * as sync from "go/sync";

/** A bank account: read or change its balance only while holding mu. */
export interface Account {
  /** Unique to the account; it never changes. */
  readonly id: number;
  balance: number;
  readonly mu: sync.Mutex;
}

/**
 * Moves amount from one account to the other as one step:
 * both balances change while both accounts' locks are held.
 */
export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
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
}
