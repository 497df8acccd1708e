import { chan, go, recv, select, send, type RecvChan } from "go";
import * as sync from "go/sync";
import * as time from "go/time";
import { type Check, checks, type T } from "tour/testing";
import type * as Exercise from "./solution.ts";

const ms = time.Millisecond;

/** 1, 2, … n on a channel, then closed; stops early if done closes. */
function numbers(done: RecvChan<void>, n: number): RecvChan<number> {
  const out = chan<number>();
  go(async () => {
    try {
      for (let i = 1; i <= n; i++) {
        const sent = await select([
          send(out, i, () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}

/** What a reader got from one output: its values, and whether it saw the close. */
interface Reading {
  values: number[];
  closed: boolean;
}

/**
 * Reads c until it closes, pausing `pause()` after each value; gives up if
 * nothing comes for a second.
 */
async function read(
  c: RecvChan<number>,
  pause: () => time.Duration,
): Promise<Reading> {
  const values: number[] = [];
  for (;;) {
    const [v, ok, timedOut] = await select([
      recv(c, (v, ok) => [v, ok, false] as const),
      recv(time.after(time.Second), () => [0, false, true] as const),
    ]);
    if (timedOut) return { values, closed: false };
    if (!ok) return { values, closed: true };
    values.push(v);
    const d = pause();
    if (d > 0) await time.sleep(d);
  }
}

/** Tees 1…n and reads both outputs at once, each with its own pace. */
function teeAndRead(
  learner: typeof Exercise,
  n: number,
  pace1: () => time.Duration,
  pace2: () => time.Duration,
) {
  return async () => {
    const done = chan<void>();
    const [out1, out2] = learner.tee(done, numbers(done, n));
    const readings: Reading[] = [];
    const wg = new sync.WaitGroup();
    wg.go(async () => void (readings[0] = await read(out1, pace1)));
    wg.go(async () => void (readings[1] = await read(out2, pace2)));
    await wg.wait();
    done.close();
    return readings;
  };
}

// [1 2 … 20], as Go prints a slice, shortened.
const show = (xs: number[]) =>
  xs.length > 5
    ? `[${xs.slice(0, 3).join(" ")} … ${xs.at(-1)}] (${xs.length} values)`
    : `[${xs.join(" ")}]`;

function expectAll(t: T, readings: Reading[] | undefined, n: number) {
  const want = Array.from({ length: n }, (_, i) => i + 1);
  readings!.forEach(({ values }, i) => {
    const name = `out${i + 1}`;
    for (let j = 0; j < Math.max(values.length, n); j++) {
      if (values[j] !== want[j]) {
        t.fatal(
          `tee(done, [1 … ${n}]): ${name} got ${show(values)}, want ${show(want)}: ` +
            (values[j] === undefined
              ? `value ${want[j]} never came`
              : `value #${j + 1} was ${values[j]}, want ${want[j]}`),
        );
      }
    }
  });
}

/** Receives one value from c, unless none comes within a second. */
const take = (c: RecvChan<number>) =>
  select([recv(c), recv(time.after(time.Second))]);

const random = (max: time.Duration) => () =>
  Math.floor(Math.random() * (max / ms + 1)) * ms;
const none = () => 0;

export default checks<typeof Exercise>((learner) => {
  const everyValue = (
    name: string,
    pace1: () => time.Duration,
    pace2: () => time.Duration,
  ): Check => ({
    name,
    async run(t) {
      const r = await t.run(teeAndRead(learner, 20, pace1, pace2));
      t.noDeadlock(r);
      expectAll(t, r.value, 20);
    },
  });

  return [
    everyValue("both outputs get every value, in order", none, none),
    everyValue(
      "both get every value when one reader is slower",
      none,
      () => 3 * ms,
    ),
    everyValue(
      "both get every value when the readers' speeds vary",
      random(4 * ms),
      random(4 * ms),
    ),
    {
      name: "closing the input closes both outputs",
      async run(t) {
        for (const n of [3, 0]) {
          const r = await t.run(teeAndRead(learner, n, none, none));
          t.noDeadlock(r);
          expectAll(t, r.value, n);
          r.value!.forEach(({ closed }, i) =>
            t.assert(
              closed,
              `tee(done, [1 … ${n}]): out${i + 1} was still open a second after the input closed, want it closed`,
            ),
          );
          t.noLeaks(r, `tee(done, [1 … ${n}])`);
        }
      },
    },
    {
      name: "waits for the slower reader instead of storing values for it",
      async run(t) {
        const r = await t.run(async () => {
          const done = chan<void>();
          let taken = 0; // values tee has taken from the input
          const input = chan<number>();
          go(async () => {
            for (let i = 1; i <= 100; i++) {
              const sent = await select([
                send(input, i, () => true),
                recv(done, () => false),
              ]);
              if (!sent) return;
              taken++;
            }
          });
          const [out1] = learner.tee(done, input);
          // Read out1 for a second; nobody reads out2.
          let got = 0;
          const deadline = time.after(time.Second);
          for (;;) {
            const more = await select([
              recv(out1, (_, ok) => ok),
              recv(deadline, () => false),
            ]);
            if (!more) break;
            got++;
          }
          done.close();
          return { got, taken };
        });
        t.noDeadlock(r);
        const { got, taken } = r.value!;
        t.assert(
          got <= 2 && taken <= 3,
          `with nobody reading out2, out1 received ${got} values in a second and tee took ${taken} from the input; want tee to wait for out2's reader (at most a value or two ahead), not keep values for it`,
        );
      },
    },
    {
      name: "closes both outputs when done closes",
      async run(t) {
        const r = await t.run(async () => {
          const done = chan<void>();
          const [out1, out2] = learner.tee(done, numbers(done, 100));
          await take(out1); // 1 to out1, and tee now waits on out2
          done.close();
          const closed = (c: RecvChan<number>) =>
            select([
              recv(c, (_, ok) => !ok),
              recv(time.after(time.Second), () => false),
            ]);
          // A value already on its way may still come first.
          const c1 = (await closed(out1)) || (await closed(out1));
          const c2 = (await closed(out2)) || (await closed(out2));
          return [c1, c2];
        });
        t.noDeadlock(r);
        r.value!.forEach((closed, i) =>
          t.assert(
            closed,
            `out${i + 1} was still open a second after done closed, want tee to close both outputs when it stops`,
          ),
        );
      },
    },
    {
      name: "stops when done closes, wherever it waits, and leaves nothing behind",
      async run(t) {
        const cases: [
          string,
          (out: RecvChan<number>[]) => Promise<void>,
        ][] = [
          ["before anyone reads", async () => {}],
          [
            "while it waits to send to out2",
            async ([out1]) => void (await take(out1!)),
          ],
          [
            "while it waits to send to out1",
            async ([, out2]) => void (await take(out2!)),
          ],
          [
            "while it waits for the next value",
            async ([out1, out2]) => {
              for (let i = 0; i < 3; i++) {
                await take(out1!);
                await take(out2!);
              }
            },
          ],
        ];
        for (const [when, readSome] of cases) {
          const r = await t.run(async () => {
            const done = chan<void>();
            // Three values, then an input that never sends again.
            const input = chan<number>(3);
            for (let i = 1; i <= 3; i++) await input.send(i);
            const outs = learner.tee(done, input);
            await readSome(outs);
            done.close();
            await time.sleep(time.Second);
          });
          t.noDeadlock(r);
          t.noLeaks(r, `tee, with done closed ${when},`);
        }
      },
    },
  ];
});
