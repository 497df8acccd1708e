/**
 * The contents drawer is a <details> element, so it opens and closes without
 * JavaScript. This adds what a drawer is expected to do besides: Escape and a
 * click outside close it, and focus returns to its toggle.
 */
export function setUpTocDrawers(): void {
  for (const drawer of document.querySelectorAll<HTMLDetailsElement>("details[data-toc-drawer]")) {
    const toggle = drawer.querySelector("summary");
    drawer.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && drawer.open) {
        drawer.open = false;
        toggle?.focus();
      }
    });
    document.addEventListener("click", (event) => {
      if (drawer.open && event.target instanceof Node && !drawer.contains(event.target)) {
        drawer.open = false;
      }
    });
    drawer.addEventListener("toggle", () => {
      if (drawer.open)
        drawer
          .querySelector<HTMLElement>('[aria-current="page"]')
          ?.scrollIntoView({ block: "center" });
    });
  }
}
