/**
 * PageDown and PageUp turn the page, as in the Go Tour, by following the
 * page's rel="next" / rel="prev" links. Keys typed into a form field or an
 * editor are left alone.
 */
export function setUpPageKeys(): void {
  document.addEventListener("keydown", (event) => {
    if (
      event.defaultPrevented ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey
    ) {
      return;
    }
    const rel = event.key === "PageDown" ? "next" : event.key === "PageUp" ? "prev" : undefined;
    if (!rel) return;
    const target = event.target instanceof Element ? event.target : null;
    if (
      target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')
    ) {
      return;
    }
    const link = document.querySelector<HTMLAnchorElement>(`a[rel~="${rel}"]`);
    if (!link) return;
    event.preventDefault();
    link.click();
  });
}
