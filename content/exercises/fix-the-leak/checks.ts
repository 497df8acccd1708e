import * as time from "go/time";
import { checks } from "tour/testing";
import type * as Exercise from "./solution.ts";

// The hidden checks of "Fix the leak". Each log is the checks' own: a list of
// lines read at a fixed pace on the virtual clock, which counts the lines it
// is asked for after firstMatch has returned.

interface Log {
  lines: string[];
  /** Virtual milliseconds to read one line. */
  ms: number;
}

interface Logs {
  readers: Exercise.Reader[];
  /** Set when firstMatch has returned. */
  returned: boolean;
  /** Lines asked of each log after firstMatch returned. */
  lateReads: number[];
}

/** Readers for the logs, made inside the run. */
function open(logs: Log[]): Logs {
  const state: Logs = {
    readers: [],
    returned: false,
    lateReads: logs.map(() => 0),
  };
  state.readers = logs.map(({ lines, ms }, i) => {
    let next = 0;
    return async () => {
      if (state.returned) state.lateReads[i]!++;
      if (next === lines.length) return null; // the end is known at once
      await time.sleep(ms * time.Millisecond);
      return lines[next++]!;
    };
  });
  return state;
}

const filler = (n: number, text: string) =>
  Array.from({ length: n }, (_, i) => `${text} ${i + 1}`);

// "ERROR" first appears in the second log, at 5 ms (its first line); the
// first log's is at 6 ms, and the second log is full of them.
const busy: Log[] = [
  {
    lines: [
      "GET /",
      "GET /cart",
      "ERROR disk full",
      ...filler(40, "GET /item"),
    ],
    ms: 2,
  },
  { lines: filler(40, "ERROR timeout"), ms: 5 },
  { lines: filler(100, "GET /help"), ms: 1 },
];
const busyAnswer = "ERROR timeout 1";

// Nobody has "ERROR": the longest log takes 30 × 3 ms = 90 ms to read.
const quiet: Log[] = [
  { lines: filler(20, "GET /"), ms: 2 },
  { lines: filler(30, "POST /cart"), ms: 3 },
  { lines: filler(10, "GET /help"), ms: 1 },
];

export default checks<typeof Exercise>((learner) => {
  /** Runs firstMatch on the logs, then waits for anything still running to finish. */
  const search = (logs: Log[], linger: number) => async () => {
    const state = open(logs);
    const answer = await learner.firstMatch(state.readers, "ERROR");
    state.returned = true;
    await time.sleep(linger);
    return { answer, lateReads: state.lateReads };
  };

  return [
    {
      name: "returns the first line that contains the word",
      async run(t) {
        const r = await t.run(search(busy, 0));
        t.noDeadlock(r);
        t.equal(
          r.value?.answer,
          busyAnswer,
          'firstMatch(logs, "ERROR")',
        );
      },
    },
    {
      name: "returns as soon as any log has a match",
      async run(t) {
        const r = await t.run(search(busy, 0));
        t.noDeadlock(r);
        t.within(
          r,
          5 * time.Millisecond,
          'firstMatch(logs, "ERROR"), whose first match is read at 5ms,',
        );
      },
    },
    {
      name: "returns null when no line matches, once every log is read",
      async run(t) {
        const r = await t.run(search(quiet, 0));
        t.noDeadlock(r);
        t.equal(
          r.value?.answer,
          null,
          'firstMatch(logs without "ERROR", "ERROR")',
        );
        t.within(
          r,
          90 * time.Millisecond,
          'firstMatch(logs without "ERROR", "ERROR")',
        );
        t.noLeaks(r, "firstMatch");
      },
    },
    {
      name: "returns null for no logs at all",
      seeds: 5,
      async run(t) {
        const r = await t.run(search([], 0));
        t.noDeadlock(r);
        t.equal(r.value?.answer, null, 'firstMatch([], "ERROR")');
        t.noLeaks(r, "firstMatch");
      },
    },
    {
      name: "leaves no goroutine behind when several lines match",
      async run(t) {
        // A second is long enough for every log to be read to its end.
        const r = await t.run(search(busy, time.Second));
        t.noDeadlock(r);
        t.equal(
          r.value?.answer,
          busyAnswer,
          'firstMatch(logs, "ERROR")',
        );
        t.noLeaks(r, "firstMatch");
      },
    },
    {
      name: "stops reading the logs once it has returned",
      async run(t) {
        const r = await t.run(search(busy, time.Second));
        t.noDeadlock(r);
        // A reader that had just looked for the answer may start one more line.
        const late = r.value?.lateReads ?? [];
        for (let i = 0; i < late.length; i++) {
          t.assert(
            late[i]! <= 1,
            `log ${i + 1} was asked for ${late[i]} more lines after firstMatch returned, want at most 1: readers should stop once the answer is in`,
          );
        }
      },
    },
  ];
});
