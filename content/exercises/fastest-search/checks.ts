import * as time from "go/time";
import { checks, copy } from "tour/testing";
import type * as Exercise from "./solution.ts";

// A replica that answers after `ms` milliseconds of virtual time.
const replica =
  (name: string, ms: number) =>
  async (query: string): Promise<string> => {
    await time.sleep(ms * time.Millisecond);
    return `${name}: ${query}`;
  };

// Each run hands the learner its own copy of the list of searches, and
// the answers these checks expect are spelt out, not read back from it.
export default checks<typeof Exercise>((learner) => [
  {
    name: "returns the fastest answer",
    async run(t) {
      const searches = [
        replica("a", 30),
        replica("b", 10),
        replica("c", 20),
      ];
      const r = await t.run(() =>
        learner.first("go", time.Second, copy(searches)),
      );
      t.noDeadlock(r);
      t.equal(r.value, "b: go", 'first("go", 1s, [30ms, 10ms, 20ms])');
    },
  },
  {
    name: "returns as soon as the fastest answers",
    async run(t) {
      const searches = [
        replica("a", 30),
        replica("b", 10),
        replica("c", 20),
      ];
      const r = await t.run(() =>
        learner.first("go", time.Second, copy(searches)),
      );
      t.noDeadlock(r);
      t.within(
        r,
        10 * time.Millisecond,
        'first("go", 1s, [30ms, 10ms, 20ms])',
      );
    },
  },
  {
    name: "gives up at the timeout and returns null",
    async run(t) {
      const searches = [
        replica("a", 300),
        replica("b", 200),
        replica("c", 400),
      ];
      const r = await t.run(() =>
        learner.first("go", 50 * time.Millisecond, copy(searches)),
      );
      t.noDeadlock(r);
      t.equal(
        r.value,
        null,
        'first("go", 50ms, [300ms, 200ms, 400ms])',
      );
      t.within(r, 50 * time.Millisecond, 'first("go", 50ms, …)');
    },
  },
  {
    name: "leaves no search behind once the slow ones finish",
    async run(t) {
      const searches = [
        replica("a", 30),
        replica("b", 10),
        replica("c", 20),
      ];
      const r = await t.run(async () => {
        const answer = await learner.first(
          "go",
          time.Second,
          copy(searches),
        );
        await time.sleep(time.Second); // the slower searches finish meanwhile
        return answer;
      });
      t.noDeadlock(r);
      t.noLeaks(r, "first");
    },
  },
  {
    name: "leaves no search behind after a timeout",
    async run(t) {
      const searches = [
        replica("a", 300),
        replica("b", 200),
        replica("c", 400),
      ];
      const r = await t.run(async () => {
        const answer = await learner.first(
          "go",
          50 * time.Millisecond,
          copy(searches),
        );
        await time.sleep(time.Second);
        return answer;
      });
      t.noDeadlock(r);
      t.noLeaks(r, "first");
    },
  },
  {
    name: "returns null when there are no searches",
    seeds: 5,
    async run(t) {
      const r = await t.run(() =>
        learner.first("go", 50 * time.Millisecond, []),
      );
      t.noDeadlock(r);
      t.equal(r.value, null, 'first("go", 50ms, [])');
      t.within(r, 50 * time.Millisecond, 'first("go", 50ms, [])');
      t.noLeaks(r, "first");
    },
  },
]);
