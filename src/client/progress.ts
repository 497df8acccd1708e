import { storageKeys } from "./storage-keys.ts";

/** Which lessons the learner has opened, kept in this browser only. */

function readVisited(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKeys.visited) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function markVisited(lessonPath: string): void {
  const visited = readVisited();
  if (visited.has(lessonPath)) return;
  visited.add(lessonPath);
  try {
    localStorage.setItem(storageKeys.visited, JSON.stringify([...visited]));
  } catch {
    // Without storage there is no progress to keep; the tour works the same.
  }
}

/** Sets `data-visited` on every `[data-progress-for]` element whose lesson was opened. */
export function showProgressMarks(): void {
  const visited = readVisited();
  for (const mark of document.querySelectorAll<HTMLElement>("[data-progress-for]")) {
    mark.toggleAttribute("data-visited", visited.has(mark.dataset.progressFor ?? ""));
  }
}
