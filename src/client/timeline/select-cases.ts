// Step mode's labels for a select's cases, read from the learner's source:
// `recv(a, (v) => …)` reads as Go's `case v := <-a`, `send(out, x)` as
// `case out <- x`. The runtime says where the select is (the line and column
// of the call) and which cases are ready; this finds the array of cases
// after `select(` and splits it into its elements. When the cases are not
// written as an array literal there (a list built elsewhere, a spread), it
// gives up and the cases are named by number.

import type { StepChoice } from "../playground/protocol.ts";

/** A case as written: its Go reading and the line it starts on. */
export interface CaseSource {
  label: string;
  line: number;
}

// How far past the select's line a list of cases may run.
const maxLines = 200;
// Longer channel or value expressions are cut, with an ellipsis.
const maxExpr = 32;

/**
 * The cases of the select called at `line`:`column` (counting from 1), read
 * through `lineText`, or null when they cannot be read as `ncases` elements
 * of an array literal.
 */
export function selectCaseSources(
  lineText: (line: number) => string | undefined,
  line: number,
  column: number,
  ncases: number,
): CaseSource[] | null {
  const first = lineText(line);
  if (first === undefined) return null;
  // The call's column points at `select` (V8); otherwise take the line's first select.
  let at = column - 1;
  if (!/^select\s*\(/.test(first.slice(at))) {
    const m = /\bselect\s*\(/.exec(first);
    if (m === null) return null;
    at = m.index;
  }
  // The text from the call on, with where each line starts in it.
  let text = first.slice(at);
  const starts = [{ offset: 0, line }];
  for (let l = line + 1; l <= line + maxLines; l++) {
    const t = lineText(l);
    if (t === undefined) break;
    text += "\n";
    starts.push({ offset: text.length, line: l });
    text += t;
  }
  const lineAt = (offset: number) => {
    let l = line;
    for (const s of starts) if (s.offset <= offset) l = s.line;
    return l;
  };
  let i = skipSpace(text, "select".length);
  if (text[i] !== "(") return null;
  i = skipSpace(text, i + 1);
  if (text[i] !== "[") return null;
  const list = splitList(text, i + 1, "]");
  if (list === null || list.length !== ncases) return null;
  const out: CaseSource[] = [];
  for (const e of list) {
    const label = goCase(e.text);
    if (label === null) return null;
    out.push({ label, line: lineAt(e.start) });
  }
  return out;
}

/**
 * A "case" choice's options in answer order: Go's reading of each ready case
 * with its line (`case v := <-a (line 12)`), or, when the source cannot be
 * read, its number and channel (`case 2 of 3: receive from channel 4`).
 */
export function caseLabels(
  choice: StepChoice,
  lineText: (line: number) => string | undefined,
): string[] {
  const ready = choice.cases ?? [];
  const sources =
    choice.line === undefined || choice.column === undefined || choice.ncases === undefined
      ? null
      : selectCaseSources(lineText, choice.line, choice.column, choice.ncases);
  return ready.map((c) => {
    const source = sources?.[c.index];
    if (source !== undefined) return `${source.label} (line ${source.line})`;
    const op = c.kind === "send" ? "send on" : "receive from";
    const of = choice.ncases === undefined ? "" : ` of ${choice.ncases}`;
    return `case ${c.index + 1}${of}: ${op} channel ${c.ch}`;
  });
}

/** The Go reading of one case, `recv(ch, fn)` or `send(ch, v, fn)`, or null. */
export function goCase(source: string): string | null {
  const m = /^(?:[\w$]+\.)?(recv|send)\s*\(/.exec(source);
  if (m === null) return null;
  const args = splitList(source, m[0].length, ")");
  if (args === null || args.length === 0) return null;
  const ch = expr(args[0]!.text);
  if (m[1] === "send") {
    if (args.length < 2) return null;
    return `case ${ch} <- ${expr(args[1]!.text)}`;
  }
  const params = args.length < 2 ? [] : paramsOf(args[1]!.text);
  if (params.length === 0) return `case <-${ch}`;
  return `case ${params.slice(0, 2).join(", ")} := <-${ch}`;
}

/** The parameter names of an arrow function or function expression. */
function paramsOf(fn: string): string[] {
  const single = /^(?:async\s+)?([\w$]+)\s*=>/.exec(fn);
  if (single !== null) return [single[1]!];
  const list =
    /^(?:async\s*)?\(([^)]*)\)\s*(?::[^=]*)?=>/.exec(fn) ??
    /^(?:async\s+)?function\s*[\w$]*\s*\(([^)]*)\)/.exec(fn);
  if (list === null) return [];
  return list[1]!
    .split(",")
    .map((p) => p.replace(/[:=].*$/s, "").trim())
    .filter((p) => /^[\w$]+$/.test(p));
}

/** An expression on one line, cut when long. */
function expr(source: string): string {
  const one = source.replace(/\s+/g, " ").trim();
  return one.length <= maxExpr ? one : `${one.slice(0, maxExpr - 1)}…`;
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else return i;
  }
}

const closers: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/**
 * Splits a list that starts at `from` and ends at the `close` that matches
 * nothing opened inside it, at its top-level commas, skipping strings,
 * templates and comments. Elements are trimmed, and an empty last one (a
 * trailing comma) is dropped; null if the list does not end or holds a spread.
 */
function splitList(
  text: string,
  from: number,
  close: string,
): { text: string; start: number }[] | null {
  const out: { text: string; start: number }[] = [];
  const stack: string[] = [];
  // Each element runs from its first token to the end of its last one, so
  // comments around it are left out.
  let start = skipSpace(text, from);
  let end = start;
  const push = () => out.push({ text: text.slice(start, Math.max(start, end)), start });
  let i = start;
  while (i < text.length) {
    const j = skipSpace(text, i);
    if (j !== i) {
      i = j;
      continue;
    }
    const c = text[i]!;
    if (c === '"' || c === "'" || c === "`") {
      i = end = skipString(text, i);
      continue;
    }
    if (c in closers) stack.push(closers[c]!);
    else if (stack.length > 0 && c === stack.at(-1)) stack.pop();
    else if (stack.length === 0 && c === close) {
      push();
      if (out.at(-1)!.text === "") out.pop();
      if (out.some((e) => e.text === "" || e.text.startsWith("..."))) return null;
      return out;
    } else if (stack.length === 0 && c === ",") {
      push();
      i = start = end = skipSpace(text, i + 1);
      continue;
    }
    i++;
    end = i;
  }
  return null;
}

/** Skips a string or template literal (templates' `${…}` parts included). */
function skipString(text: string, i: number): number {
  const q = text[i]!;
  i++;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\\") i += 2;
    else if (c === q) return i + 1;
    else if (q === "`" && c === "$" && text[i + 1] === "{") {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        const d = text[i]!;
        if (d === '"' || d === "'" || d === "`") {
          i = skipString(text, i);
          continue;
        }
        if (d === "{") depth++;
        else if (d === "}") depth--;
        i++;
      }
    } else i++;
  }
  return i;
}
