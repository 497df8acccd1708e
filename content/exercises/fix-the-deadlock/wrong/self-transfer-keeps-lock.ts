// Mistake: returns early for a transfer to the same account after locking
// it, outside the try that unlocks: the account stays locked.
// Caught by: "a transfer from an account to itself changes nothing"
import type { Account } from "../solution.ts";

export type { Account } from "../solution.ts";

export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  const [first, second] = from.id <= to.id ? [from, to] : [to, from];
  await first.mu.lock();
  if (from === to) return;
  try {
    await second.mu.lock();
    try {
      from.balance -= amount;
      to.balance += amount;
    } finally {
      second.mu.unlock();
    }
  } finally {
    first.mu.unlock();
  }
}
