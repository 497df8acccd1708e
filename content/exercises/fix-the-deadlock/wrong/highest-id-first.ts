// Mistake: one order for every transfer, but the opposite of the auditor's
// (highest id first), so a transfer and the auditor can each hold a lock
// the other wants.
// Caught by: "each transfer is one step: an auditor never sees money missing"
import type { Account } from "../solution.ts";

export type { Account } from "../solution.ts";

export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  if (from === to) return;
  const [first, second] = from.id > to.id ? [from, to] : [to, from];
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
