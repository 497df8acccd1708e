// Caps on the text that leaves the sandbox. A program chooses what it panics
// with, what it returns and how many goroutines it strands, so a message can
// be a hundred megabytes or a dump of twenty thousand goroutines; the page
// would freeze laying it out. Everything the runner posts goes through these
// first, and says what it cut. Built on primordials: learner code may have
// replaced String.prototype by the time they run.
import {
  JSONStringify,
  MathMax,
  NumberPrototypeToLocaleString,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} from "./primordials.ts";

/** Limits on what the sandbox posts to the page. */
export const textLimits = {
  /** Characters of one message: a panic, a deadlock dump, a check's failure. */
  message: 64 * 1024,
  /** Characters of one line of a message (a panic value, a printed value). */
  line: 2048,
  /** Goroutines a dump lists before "… and K more". */
  goroutines: 100,
  /** Characters of a value printed in a check's message or the timeline. */
  value: 1000,
};

const count = (n: number) => NumberPrototypeToLocaleString(n, "en");

// Cuts before `at`, never between the two halves of a surrogate pair.
function cutAt(text: string, at: number): number {
  const c = StringPrototypeCharCodeAt(text, at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}

/** `text`, or its first `max` characters and a note of how many were cut. */
export function clipText(text: string, max: number, note = "\n"): string {
  if (text.length <= max) return text;
  const keep = cutAt(text, MathMax(0, max));
  return `${StringPrototypeSlice(text, 0, keep)}${note}… [${count(text.length - keep)} more characters cut]`;
}

/** `text` quoted as Go's %q would (JSON's quoting), its first `max` characters at most. */
export function clipQuoted(text: string, max: number): string {
  if (text.length <= max) return JSONStringify(text);
  const keep = cutAt(text, max);
  return `${JSONStringify(StringPrototypeSlice(text, 0, keep))}… [${count(text.length - keep)} more characters cut]`;
}

/**
 * `text` with every line longer than `max` characters cut, saying how much;
 * past `budget` characters of result, the rest is cut too.
 */
export function clipLines(text: string, max: number, budget = Infinity): string {
  let out = "";
  let start = 0;
  let changed = false;
  while (start <= text.length) {
    if (out.length >= budget) {
      return `${out}\n… [${count(text.length - start)} more characters cut]`;
    }
    let end = StringPrototypeIndexOf(text, "\n", start);
    if (end < 0) end = text.length;
    if (end - start > max) {
      const keep = cutAt(text, start + max);
      out += `${StringPrototypeSlice(text, start, keep)}… [${count(end - keep)} more characters cut]`;
      changed = true;
    } else {
      out += StringPrototypeSlice(text, start, end);
    }
    if (end < text.length) out += "\n";
    start = end + 1;
  }
  return changed ? out : text;
}

/**
 * A goroutine dump (Go's header, then one block per goroutine, each
 * starting "goroutine N [") listing at most `max` goroutines, then
 * "… and K more goroutines".
 */
export function clipDump(text: string, max: number): string {
  const marker = "\n\ngoroutine ";
  let at = -1;
  let seen = 0;
  let from = 0;
  for (;;) {
    const i = StringPrototypeIndexOf(text, marker, from);
    if (i < 0) break;
    seen++;
    if (seen === max + 1) at = i;
    from = i + marker.length;
  }
  if (at < 0) return text;
  const more = seen - max;
  return `${StringPrototypeSlice(text, 0, at)}\n\n… and ${count(more)} more goroutine${more === 1 ? "" : "s"}\n`;
}

/** A message as the page may show it: at most N goroutines, lines and length capped. */
export function clipMessage(text: string): string {
  // clipLines stops adding lines past the budget: at most one line longer.
  return clipLines(clipDump(text, textLimits.goroutines), textLimits.line, textLimits.message);
}
