import type { Progress } from "./progress-file.ts";
import { storageKeys } from "./storage-keys.ts";

/**
 * The learner's progress, kept in this browser only: lessons opened, exercises
 * passed, hints revealed. Storage may be full or switched off; then progress
 * lasts as long as the page, and the tour works the same.
 */

function readList(key: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

function addToList(key: string, value: string): void {
  const values = readList(key);
  if (values.has(value)) return;
  values.add(value);
  write(key, JSON.stringify([...values]));
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Without storage there is no progress to keep.
  }
}

export function markVisited(lessonPath: string): void {
  addToList(storageKeys.visited, lessonPath);
}

/** Marks an exercise as passed: every check passed. */
export function markDone(exerciseId: string): void {
  addToList(storageKeys.done, exerciseId);
}

export function isDone(exerciseId: string): boolean {
  return readList(storageKeys.done).has(exerciseId);
}

function readHints(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKeys.hints) ?? "{}");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(([, n]) => Number.isInteger(n) && n >= 0),
    ) as Record<string, number>;
  } catch {
    return {};
  }
}

/** How many of an exercise's hints the learner has revealed. */
export function hintsShown(exerciseId: string): number {
  return new Map(Object.entries(readHints())).get(exerciseId) ?? 0;
}

export function setHintsShown(exerciseId: string, count: number): void {
  const hints = new Map(Object.entries(readHints()));
  hints.set(exerciseId, count);
  write(storageKeys.hints, JSON.stringify(Object.fromEntries(hints)));
}

/**
 * Marks the table of contents: `data-visited` on each `[data-progress-for]`
 * whose lesson was opened, `data-done` on each `[data-done-for]` whose exercise passed.
 */
export function showProgressMarks(): void {
  const visited = readList(storageKeys.visited);
  const done = readList(storageKeys.done);
  for (const mark of document.querySelectorAll<HTMLElement>("[data-progress-for]")) {
    mark.toggleAttribute("data-visited", visited.has(mark.dataset.progressFor ?? ""));
  }
  for (const mark of document.querySelectorAll<HTMLElement>("[data-done-for]")) {
    mark.toggleAttribute("data-done", done.has(mark.dataset.doneFor ?? ""));
  }
}

/** Everything progress and saved code amount to, for export. */
export function readProgress(): Progress {
  const code = new Map<string, string>();
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(storageKeys.codePrefix)) {
        code.set(key.slice(storageKeys.codePrefix.length), localStorage.getItem(key) ?? "");
      }
    }
  } catch {
    // No storage: no saved code.
  }
  return {
    visited: [...readList(storageKeys.visited)],
    done: [...readList(storageKeys.done)],
    hints: readHints(),
    code: Object.fromEntries(code),
  };
}

/**
 * Stores `progress` (which the caller merged with what was there), all of it
 * or, if storage refuses part of it (when it is full), none of it: then the
 * earlier values are put back and the error is thrown.
 */
export function writeProgress(progress: Progress): void {
  const entries: [string, string][] = [
    [storageKeys.visited, JSON.stringify(progress.visited)],
    [storageKeys.done, JSON.stringify(progress.done)],
    [storageKeys.hints, JSON.stringify(progress.hints)],
    ...Object.entries(progress.code).map(([id, code]): [string, string] => [
      storageKeys.codePrefix + id,
      code,
    ]),
  ];
  const before = entries.map(([key]): [string, string | null] => [key, localStorage.getItem(key)]);
  try {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  } catch (e) {
    for (const [key, value] of before) {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    }
    throw e;
  }
}
