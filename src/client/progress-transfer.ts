import {
  describeProgress,
  maxProgressFileBytes,
  mergeProgress,
  parseProgressFile,
  progressFileName,
  progressFileText,
} from "./progress-file.ts";
import { readProgress, showProgressMarks, writeProgress } from "./progress.ts";

/**
 * The home page's Export progress and Import progress buttons. They need
 * JavaScript, so the page renders them hidden and this shows them.
 */
export function setUpProgressTransfer(): void {
  for (const box of document.querySelectorAll<HTMLElement>("[data-progress-transfer]")) {
    const exportButton = box.querySelector<HTMLButtonElement>("[data-export]")!;
    const importButton = box.querySelector<HTMLButtonElement>("[data-import]")!;
    const input = box.querySelector<HTMLInputElement>("input[type=file]")!;
    const status = box.querySelector<HTMLElement>("[data-status]")!;
    const say = (text: string, problem = false) => {
      status.textContent = text;
      status.toggleAttribute("data-problem", problem);
    };

    exportButton.addEventListener("click", () => {
      const now = new Date();
      const progress = readProgress();
      const url = URL.createObjectURL(
        new Blob([progressFileText(progress, now)], { type: "application/json" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = progressFileName(now);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say(`Exported: ${describeProgress(progress)}.`);
    });

    importButton.addEventListener("click", () => input.click());
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      input.value = ""; // choosing the same file again is a new change
      if (file) void importFile(file);
    });

    async function importFile(file: File): Promise<void> {
      if (file.size > maxProgressFileBytes) {
        say(
          `This file cannot be imported: at ${Math.round(file.size / 1e6)} MB it is far larger than a progress file. Nothing was changed.`,
          true,
        );
        return;
      }
      const parsed = parseProgressFile(await file.text());
      if (!parsed.ok) {
        say(parsed.error, true);
        return;
      }
      try {
        writeProgress(mergeProgress(readProgress(), parsed.progress));
      } catch {
        say(
          "The progress could not be saved: this browser's storage is full or switched off. Nothing was changed.",
          true,
        );
        return;
      }
      showProgressMarks();
      say(`Imported ${file.name}: ${describeProgress(parsed.progress)}.`);
    }

    box.hidden = false;
  }
}
