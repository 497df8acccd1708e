// What grading reports, from the sandbox to the page. Plain data only.
import type { TimelineEvent } from "../client/playground/protocol.ts";

/** One check's verdict. */
export interface CheckResult {
  name: string;
  pass: boolean;
  /** Why it failed, in Go's words ("same(tree(1), tree(2)) = true, want false"); "" when it passed. */
  message: string;
  /** The first seed it failed under (null when it passed): replaying it reproduces the failure. */
  seed: number | null;
  /** How many seeds it ran under. */
  seeds: number;
}

/** A replay of one check under one seed, for the learner to watch. */
export interface Replay {
  result: CheckResult;
  /** What the program printed during the check's runs. */
  output: string;
  /** What every goroutine did, in order, in the check's last run. */
  timeline: TimelineEvent[];
}
