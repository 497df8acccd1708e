// Mistake: no case for a transfer from an account to itself: it locks that
// account's mutex and then waits to lock it again, forever.
// Caught by: "a transfer from an account to itself changes nothing"
import type { Account } from "../solution.ts";

export type { Account } from "../solution.ts";

export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  // One order for every goroutine, the auditor's included: lowest id first.
  const [first, second] = from.id < to.id ? [from, to] : [to, from];
  await first.mu.lock();
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
