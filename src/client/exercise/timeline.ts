// A replay's timeline as text: one line per event, with the virtual time, the
// goroutine and what it did, in the words of Go's scheduler.
import type { TimelineEvent } from "../playground/protocol.ts";

/** Lines shown at most; a longer timeline ends with a count of what was left out. */
export const maxTimelineLines = 2000;

/** Trims `frac` (of `digits` digits) to its significant digits: 500 of 3 → ".5". */
function fraction(frac: number, digits: number): string {
  if (frac === 0) return "";
  return `.${String(frac).padStart(digits, "0").replace(/0+$/, "")}`;
}

/** Nanoseconds as Go's time.Duration prints them: "0s", "250ns", "1.5ms", "2s", "1m30s". */
export function formatDuration(ns: number): string {
  const n = Math.max(0, Math.round(ns));
  if (n === 0) return "0s";
  if (n < 1e3) return `${n}ns`;
  if (n < 1e6) return `${Math.floor(n / 1e3)}${fraction(n % 1e3, 3)}µs`;
  if (n < 1e9) return `${Math.floor(n / 1e6)}${fraction(n % 1e6, 6)}ms`;
  const seconds = Math.floor(n / 1e9);
  const s = `${seconds % 60}${fraction(n % 1e9, 9)}s`;
  if (seconds < 60) return s;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${s}`;
  return `${Math.floor(minutes / 60)}h${minutes % 60}m${s}`;
}

/** What one event says: "sends 3 on channel 2", "blocks [chan receive]". */
export function describeEvent(e: TimelineEvent): string {
  const ch = `channel ${e.ch}`;
  const what = (() => {
    switch (e.kind) {
      case "spawn":
        return `starts goroutine ${e.child}`;
      case "block":
        return `blocks [${e.reason}]`;
      case "wake":
        return "wakes up";
      case "send":
        return `sends ${e.value} on ${ch}`;
      case "recv":
        return `receives ${e.value} from ${ch}`;
      case "close":
        return `closes ${ch}`;
      case "select":
        return e.case === -1 ? "select takes its default case" : `select takes case ${e.case}`;
      case "sleep":
        return "sleeps";
      case "print":
        return `prints ${JSON.stringify(e.text)}`;
      case "lock":
        return "takes a lock";
      case "unlock":
        return "releases a lock";
      case "panic":
        return `panics: ${e.text}`;
      case "exit":
        return "exits";
      default:
        return e.kind;
    }
  })();
  return e.line === undefined ? what : `${what} (line ${e.line})`;
}

/**
 * The whole timeline, its columns aligned: the program's goroutines only.
 * Goroutine 0, the runtime (starting main, a timer's send on its channel), is
 * left out; the grader's own code never reaches the trace (see
 * isProgramEvent in ../timeline/model.ts, which the canvas timeline shares).
 * Each event carries its own goroutine's line: a wake-up is put at the line
 * where the woken goroutine waited, not at the waker's, so that reading one
 * goroutine's events reads down its own code; what the waker did is its own
 * event just before (the send, the close, the unlock).
 */
export function timelineText(all: readonly TimelineEvent[]): string {
  const events = all.filter((e) => e.g !== 0);
  const shown = events.slice(0, maxTimelineLines);
  const times = shown.map((e) => formatDuration(e.t));
  const goroutines = shown.map((e) => `g${e.g}`);
  const timeWidth = Math.max(0, ...times.map((t) => t.length));
  const gWidth = Math.max(0, ...goroutines.map((g) => g.length));
  const lines = shown.map(
    (e, i) =>
      `${times[i]!.padStart(timeWidth)}  ${goroutines[i]!.padEnd(gWidth)}  ${describeEvent(e)}`,
  );
  if (events.length > shown.length) {
    lines.push(`… and ${events.length - shown.length} more events`);
  }
  return lines.join("\n");
}
