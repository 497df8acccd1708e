import { hintsShown, setHintsShown } from "../progress.ts";

/**
 * "Show a hint" reveals an exercise's hints one at a time, and the count is
 * remembered per exercise, so a reload shows the same hints as before.
 */
export function setUpHints(): void {
  for (const section of document.querySelectorAll<HTMLElement>("[data-hints]")) {
    const exerciseId = section.dataset.hints!;
    const hints = [...section.querySelectorAll<HTMLElement>("[data-hint]")];
    const button = section.querySelector<HTMLButtonElement>("[data-show-hint]")!;
    const status = section.querySelector<HTMLElement>("[data-hint-status]")!;
    let shown = Math.min(hintsShown(exerciseId), hints.length);

    const show = () => {
      hints.forEach((hint, i) => (hint.hidden = i >= shown));
      button.hidden = shown >= hints.length;
      if (shown > 0) {
        status.textContent =
          shown < hints.length
            ? `Hint ${shown} of ${hints.length}.`
            : `Hint ${shown} of ${hints.length}: that was the last one.`;
      }
    };

    button.addEventListener("click", () => {
      shown = Math.min(shown + 1, hints.length);
      setHintsShown(exerciseId, shown);
      show();
      if (button.hidden) {
        // The button went away under the keyboard's focus: give it to the last hint.
        const last = hints[shown - 1]!;
        last.tabIndex = -1;
        last.focus();
      }
    });
    show();
  }
}
