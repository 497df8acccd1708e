import { go } from "go";
import * as runtime from "go/runtime";
import * as sync from "go/sync";
import { checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

// The hidden checks of "Fix the deadlock". The accounts are the checks' own:
// each keeps its balance in a closure, so the checks can read it without the
// learner's help, and notices a balance read or changed without its lock.

type Account = Exercise.Account;

interface Bank {
  accounts: Account[];
  /** The balances, read directly, in order of id. */
  balances(): number[];
  /** What went wrong with the locks, if anything. */
  misuse: string[];
  /** Notes every lock still held now: call it inside the run, when every transfer has returned. */
  settle(): void;
}

/** Accounts 1, 2, … with these balances, made inside the run. */
function bank(start: number[]): Bank {
  const misuse: string[] = [];
  const values = [...start];
  const accounts = start.map((_, i): Account => {
    const id = i + 1;
    const mu = new sync.Mutex();
    // A lock that can be taken now was not held.
    const unheld = (what: string) => {
      if (!mu.tryLock()) return;
      mu.unlock();
      if (misuse.length === 0)
        misuse.push(
          `account ${id}'s balance was ${what} without holding account ${id}'s lock`,
        );
    };
    return {
      id,
      mu,
      get balance() {
        unheld("read");
        return values[i]!;
      },
      set balance(v: number) {
        unheld("changed");
        values[i] = v;
      },
    };
  });
  const settle = () => {
    for (const a of accounts) {
      if (a.mu.tryLock()) a.mu.unlock();
      else
        misuse.push(
          `account ${a.id}'s lock is still held after every transfer returned`,
        );
    }
  };
  return { accounts, balances: () => [...values], misuse, settle };
}

/** A payment: from the account with one id to another's (or the same), an amount. */
type Payment = [from: number, to: number, amount: number];

/** Makes every payment at once, each in its own goroutine, and waits for all. */
async function payAll(
  b: Bank,
  payments: Payment[],
  learner: typeof Exercise,
) {
  const wg = new sync.WaitGroup();
  for (const [from, to, amount] of payments) {
    wg.add(1);
    go(async () => {
      try {
        await learner.transfer(
          b.accounts[from - 1]!,
          b.accounts[to - 1]!,
          amount,
        );
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
}

/** The balances after the payments, worked out here. */
function expected(start: number[], payments: Payment[]): number[] {
  const balances = [...start];
  for (const [from, to, amount] of payments) {
    balances[from - 1]! -= amount;
    balances[to - 1]! += amount;
  }
  return balances;
}

const show = (p: Payment[]) =>
  p.length === 1 ? `${p[0]![0]}→${p[0]![1]}` : `${p.length} payments`;

/** Fails unless the bank's locks were used properly and every lock was free at the end. */
function locksUsedWell(t: T, b: Bank) {
  if (b.misuse.length > 0) t.fatal(b.misuse[0]!);
}

// Twelve payments among four accounts: every account pays every other
// one, so each pair of accounts has a payment in each direction.
const mixed: Payment[] = [
  [1, 2, 5],
  [3, 4, 7],
  [2, 1, 11],
  [4, 3, 13],
  [1, 3, 17],
  [2, 4, 19],
  [3, 1, 23],
  [4, 2, 29],
  [1, 4, 31],
  [2, 3, 37],
  [4, 1, 41],
  [3, 2, 43],
];
const start4 = [500, 400, 300, 200];

export default checks<typeof Exercise>((learner) => [
  {
    name: "moves the money from one account to the other",
    seeds: 1,
    async run(t) {
      const payments: Payment[] = [
        [1, 2, 30],
        [2, 1, 80],
      ];
      const r = await t.run(async () => {
        const b = bank([100, 50]);
        for (const [from, to, amount] of payments)
          await learner.transfer(
            b.accounts[from - 1]!,
            b.accounts[to - 1]!,
            amount,
          );
        b.settle();
        return b;
      });
      t.noDeadlock(r);
      t.equal(
        r.value!.balances(),
        [150, 0],
        "balances after 1→2 30, then 2→1 80",
      );
      locksUsedWell(t, r.value!);
    },
  },
  {
    name: "a transfer from an account to itself changes nothing",
    async run(t) {
      const r = await t.run(async () => {
        const b = bank([100]);
        await learner.transfer(b.accounts[0]!, b.accounts[0]!, 40);
        b.settle();
        return b;
      });
      t.noDeadlock(r);
      t.equal(
        r.value!.balances(),
        [100],
        "balance after transfer(a, a, 40)",
      );
      locksUsedWell(t, r.value!);
    },
  },
  {
    name: "two accounts paying each other at the same time never deadlock",
    async run(t) {
      // Three payments each way, all at once.
      const payments: Payment[] = Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0 ? [1, 2, 1] : [2, 1, 2],
      );
      const r = await t.run(async () => {
        const b = bank([100, 100]);
        await payAll(b, payments, learner);
        b.settle();
        return b;
      });
      t.noDeadlock(r);
      t.equal(
        r.value!.balances(),
        [103, 97],
        "balances after 3×(1→2 1) and 3×(2→1 2)",
      );
      locksUsedWell(t, r.value!);
    },
  },
  {
    name: "twelve payments among four accounts: right balances, no deadlock, nothing left running",
    async run(t) {
      const r = await t.run(async () => {
        const b = bank(start4);
        await payAll(b, mixed, learner);
        b.settle();
        return b;
      });
      t.noDeadlock(r);
      t.noLeaks(r, "transfer");
      t.equal(
        r.value!.balances(),
        expected(start4, mixed),
        `balances after ${show(mixed)}`,
      );
      locksUsedWell(t, r.value!);
    },
  },
  {
    name: "each transfer is one step: an auditor never sees money missing",
    async run(t) {
      const total = start4.reduce((a, b) => a + b, 0);
      const r = await t.run(async () => {
        const b = bank(start4);
        const seen: number[] = [];
        let paying = true;
        // The auditor locks every account, lowest id first, and adds up.
        const audited = new sync.WaitGroup();
        audited.add(1);
        go(async () => {
          try {
            while (paying) {
              for (const a of b.accounts) await a.mu.lock();
              seen.push(
                b.accounts.reduce((sum, a) => sum + a.balance, 0),
              );
              for (const a of b.accounts) a.mu.unlock();
              await runtime.gosched();
            }
          } finally {
            audited.done();
          }
        });
        await payAll(b, mixed, learner);
        paying = false;
        await audited.wait();
        b.settle();
        return { b, seen };
      });
      t.noDeadlock(r);
      const { b, seen } = r.value!;
      for (const sum of seen) {
        t.assert(
          sum === total,
          `the auditor, holding every account's lock, counted ${sum} in the bank, want ${total}: a transfer had taken money out of one account and not yet put it in the other`,
        );
      }
      locksUsedWell(t, b);
    },
  },
]);
