import { isSearchShortcut } from "./shortcut.ts";

/**
 * What every page runs for the search box before anyone uses it: show the box
 * (it is hidden without JavaScript, where it could not search), and make `/`
 * focus it. The box itself, and Pagefind with its index, load on the box's
 * first focus or keystroke.
 */
export function setUpSiteSearch(): void {
  const root = document.querySelector<HTMLElement>("[data-site-search]");
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!root || !input) return;
  root.hidden = false;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import("./search-box.ts").then(
      (box) => box.attachSearchBox(root, input),
      () => (started = false), // offline before the box's script was saved: try again on next use
    );
  };
  input.addEventListener("focus", start);
  input.addEventListener("input", start);
  document.addEventListener("keydown", (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
