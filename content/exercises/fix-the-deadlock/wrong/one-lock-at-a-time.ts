// Mistake: holds one lock at a time, taking the money out under one and
// putting it in under the other: in between, the money is in neither
// account.
// Caught by: "each transfer is one step: an auditor never sees money missing"
import type { Account } from "../solution.ts";

export type { Account } from "../solution.ts";

export async function transfer(
  from: Account,
  to: Account,
  amount: number,
): Promise<void> {
  await from.mu.lock();
  try {
    from.balance -= amount;
  } finally {
    from.mu.unlock();
  }
  await to.mu.lock();
  try {
    to.balance += amount;
  } finally {
    to.mu.unlock();
  }
}
