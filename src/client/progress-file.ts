/**
 * The learner's progress as a file they can keep or carry to another browser:
 * the lessons they opened, the exercises they passed, the hints they revealed
 * and the code they edited. Reading a file checks all of it before anything is
 * used, so a wrong or damaged file changes nothing.
 */

export interface Progress {
  /** Paths of the lessons opened: `goroutines/waitgroup/`. */
  visited: string[];
  /** Ids of the exercises whose checks all passed: `hello-workers`. */
  done: string[];
  /** For each exercise id, how many hints were revealed. */
  hints: Record<string, number>;
  /** Edited code by program id: `lessons/goroutines/go-statement`, `exercises/hello-workers`. */
  code: Record<string, string>;
}

export const progressFormat = "concurrency-tour-progress";
export const progressVersion = 1;
/** Larger files are refused before they are read: a month of edits is far smaller. */
export const maxProgressFileBytes = 5_000_000;

const maxIdLength = 200;

export function emptyProgress(): Progress {
  return { visited: [], done: [], hints: {}, code: {} };
}

/** The file's text, as JSON with its format and version first. */
export function progressFileText(progress: Progress, exportedAt: Date): string {
  return `${JSON.stringify(
    {
      format: progressFormat,
      version: progressVersion,
      exportedAt: exportedAt.toISOString(),
      visited: progress.visited,
      done: progress.done,
      hints: progress.hints,
      code: progress.code,
    },
    null,
    2,
  )}\n`;
}

/** A file name with the day in it, so exports made on different days sit side by side. */
export function progressFileName(exportedAt: Date): string {
  return `concurrency-tour-progress-${exportedAt.toISOString().slice(0, 10)}.json`;
}

export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; error: string };

class Invalid extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isId = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.length <= maxIdLength;

function idList(value: unknown, field: string, what: string): string[] {
  if (!Array.isArray(value) || !value.every(isId)) {
    throw new Invalid(`"${field}" must be a list of ${what}`);
  }
  return [...new Set(value)];
}

function record<V>(
  value: unknown,
  field: string,
  what: string,
  valid: (v: unknown) => v is V,
): Record<string, V> {
  if (!isRecord(value)) throw new Invalid(`"${field}" must map ${what}`);
  const entries = Object.entries(value);
  if (!entries.every(([key, v]) => isId(key) && valid(v))) {
    throw new Invalid(`"${field}" must map ${what}`);
  }
  // fromEntries defines own properties: a key such as "__proto__" stays a key.
  return Object.fromEntries(entries) as Record<string, V>;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isText = (v: unknown): v is string => typeof v === "string";

/** Reads a progress file's text; the error says what is wrong in a sentence a learner can act on. */
export function parseProgressFile(text: string): ParsedProgress {
  try {
    if (text.length > maxProgressFileBytes) throw new Invalid("it is too large");
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new Invalid("it is not a progress file exported from this tour (it is not JSON)");
    }
    if (!isRecord(data) || data.format !== progressFormat) {
      throw new Invalid("it is not a progress file exported from this tour");
    }
    if (data.version !== progressVersion) {
      throw new Invalid(
        typeof data.version === "number" && data.version > progressVersion
          ? `it was written by a newer version of the tour (version ${data.version}); this one reads version ${progressVersion}`
          : `its version (${JSON.stringify(data.version)}) is not one this tour reads`,
      );
    }
    const known = new Set(["format", "version", "exportedAt", "visited", "done", "hints", "code"]);
    const unknown = Object.keys(data).filter((k) => !known.has(k));
    if (unknown.length > 0)
      throw new Invalid(`it has a field this tour does not know: "${unknown[0]}"`);
    return {
      ok: true,
      progress: {
        visited: idList(data.visited, "visited", "page addresses"),
        done: idList(data.done, "done", "exercise names"),
        hints: record(data.hints, "hints", "exercise names to numbers of hints", isCount),
        code: record(data.code, "code", "program names to code", isText),
      },
    };
  } catch (e) {
    if (e instanceof Invalid) {
      return {
        ok: false,
        error: `This file cannot be imported: ${e.message}. Nothing was changed.`,
      };
    }
    throw e;
  }
}

/**
 * What a browser keeps after importing `incoming`: everything opened or passed
 * in either, the larger number of hints, and the file's code where both have some.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const hints = new Map(Object.entries(current.hints));
  for (const [id, n] of Object.entries(incoming.hints))
    hints.set(id, Math.max(hints.get(id) ?? 0, n));
  return {
    visited: [...new Set([...current.visited, ...incoming.visited])],
    done: [...new Set([...current.done, ...incoming.done])],
    hints: Object.fromEntries(hints),
    code: { ...current.code, ...incoming.code },
  };
}

/** A solved puzzle is kept among the exercises done as this and its example's id. */
export const puzzleDonePrefix = "puzzle:";

/** One sentence on what a file holds: "3 lessons opened, 1 exercise done, code for 2 programs". */
export function describeProgress(p: Progress): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const puzzles = p.done.filter((id) => id.startsWith(puzzleDonePrefix)).length;
  return [
    count(p.visited.length, "lesson opened", "lessons opened"),
    count(p.done.length - puzzles, "exercise done", "exercises done"),
    ...(puzzles > 0 ? [count(puzzles, "puzzle solved", "puzzles solved")] : []),
    `code for ${count(Object.keys(p.code).length, "program", "programs")}`,
  ].join(", ");
}
