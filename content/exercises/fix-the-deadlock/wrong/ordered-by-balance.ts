// Mistake: orders the locks by balance, which it reads before holding
// either lock, and which changes as money moves: not one order at all.
// Caught by: "two accounts paying each other at the same time never deadlock"
import type { Account } from "../solution.ts";

export type { Account } from "../solution.ts";

export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  if (from === to) return;
  const [first, second] =
    from.balance < to.balance ? [from, to] : [to, from];
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
