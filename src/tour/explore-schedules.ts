// What Explore schedules shows for a lesson's example, computed as the page
// computes it (src/client/playground/sandbox-runner.ts: seeds from 1, no
// trace or locations, the error's first line), for the tests that hold a
// lesson's sentences about its outcomes to the truth.
import { type Main, run } from "go/run";
import { groupOutcomes, type Outcome } from "../client/timeline/outcomes.ts";

export async function exploreSchedules(main: Main, schedules = 200): Promise<Outcome[]> {
  const runs = [];
  for (let seed = 1; seed <= schedules; seed++) {
    let output = "";
    const result = await run(main, {
      seed,
      trace: false,
      locations: false,
      onOutput: (text) => {
        output += text;
      },
    });
    const error = result.error === null ? null : result.error.message.split("\n", 1)[0]!;
    runs.push({ seed, output, exitCode: result.exitCode, error });
  }
  return groupOutcomes(runs);
}
