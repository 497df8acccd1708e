// A learner's edits, kept per example in the browser's storage. Storage can
// be full or switched off; then edits live only as long as the page.
import { storageKeys } from "../storage-keys.ts";

const prefix = storageKeys.codePrefix;

export function loadCode(exampleId: string): string | null {
  try {
    return localStorage.getItem(prefix + exampleId);
  } catch {
    return null;
  }
}

export function saveCode(exampleId: string, code: string): void {
  try {
    localStorage.setItem(prefix + exampleId, code);
  } catch {
    // Nothing to do: the code stays in the editor.
  }
}

export function forgetCode(exampleId: string): void {
  try {
    localStorage.removeItem(prefix + exampleId);
  } catch {
    // As above.
  }
}
