// The run's event log: what every goroutine did, in order, with the virtual
// time. It feeds the site's timeline and lets tests assert on behaviour
// rather than only on output. Recording is off the hot path unless asked for.

import type { Location } from "./traceback.ts";

/** The kinds of event a run records. */
export type TraceKind =
  | "spawn" // a go statement started goroutine `child`
  | "block" // the goroutine parked; `reason` is Go's wait reason
  | "wake" // the goroutine was made runnable again
  | "send" // a value was sent on channel `ch`
  | "recv" // a value (or the zero value, `ok` false) was received from `ch`
  | "close" // channel `ch` was closed
  | "select" // a select chose case `case` (-1: default)
  | "sleep" // the goroutine went to sleep until `until`
  | "print" // the program printed `text`
  | "lock" // a lock was taken (sync package)
  | "unlock" // a lock was released (sync package)
  | "panic" // the goroutine panicked with `text`
  | "exit"; // the goroutine ended

/** One event of a run's trace. */
export interface TraceEvent {
  /** Virtual time in nanoseconds since the program started. */
  t: number;
  /** The goroutine that did it (1 is main). */
  g: number;
  kind: TraceKind;
  /** The channel's id, for channel events. */
  ch?: number;
  /** The wait reason, for `block` (Go's text, e.g. "chan receive"). */
  reason?: string;
  /** The value sent or received. */
  value?: unknown;
  /** For `recv`: false when the channel was closed and drained. */
  ok?: boolean;
  /** For `spawn`: the new goroutine's id. */
  child?: number;
  /** For `select`: the index of the chosen case, -1 for default. */
  case?: number;
  /** For `sleep`: the virtual time at which the sleeper is due. */
  until?: number;
  /** For `print` and `panic`: the text. */
  text?: string;
  /** For `lock`/`unlock`: which kind of lock ("sync.Mutex", …). */
  what?: string;
  /** Where in the learner's source it happened, when the run captures locations. */
  loc?: Location;
}
