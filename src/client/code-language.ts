import { storageKeys } from "./storage-keys.ts";

/**
 * The TypeScript and Go tabs of the examples that have a Go twin
 * (src/components/Example.astro). The page ships both programs, one below the
 * other, so both read without JavaScript; this makes them tabs, the WAI-ARIA
 * way (arrow keys move between them), and keeps the learner's choice: picking
 * Go on one example shows Go on every example, on this page and the next.
 */

export type CodeLanguage = "ts" | "go";

export function savedLanguage(): CodeLanguage {
  try {
    return localStorage.getItem(storageKeys.codeLanguage) === "go" ? "go" : "ts";
  } catch {
    return "ts"; // storage may be unavailable (a privacy mode)
  }
}

function saveLanguage(language: CodeLanguage): void {
  try {
    localStorage.setItem(storageKeys.codeLanguage, language);
  } catch {
    // The choice then lasts for this page only.
  }
}

/** Shows `language` in one example's tabs and panels. */
export function showLanguage(figure: HTMLElement, language: CodeLanguage): void {
  figure.dataset.codeLang = language;
  for (const tab of figure.querySelectorAll<HTMLElement>('.lang-tabs [role="tab"]')) {
    const selected = tab.dataset.lang === language;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  const name = figure.querySelector<HTMLElement>(".example-bar > .filename");
  if (name) {
    name.textContent =
      (language === "go" ? name.dataset.filenameGo : name.dataset.filenameTs) ?? "";
  }
}

/** Turns every example with a Go twin under `root` into tabs showing the saved language. */
export function setUpLanguageTabs(root: ParentNode = document): HTMLElement[] {
  const figures = [...root.querySelectorAll<HTMLElement>("figure.example[data-has-go]")];
  const showEverywhere = (language: CodeLanguage) => {
    for (const figure of figures) showLanguage(figure, language);
  };

  for (const figure of figures) {
    const tablist = figure.querySelector<HTMLElement>(".lang-tabs");
    if (!tablist) continue;
    const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
    for (const tab of tabs) {
      const panel = document.getElementById(tab.getAttribute("aria-controls") ?? "");
      panel?.setAttribute("role", "tabpanel");
      panel?.setAttribute("aria-labelledby", tab.id);
      tab.addEventListener("click", () => {
        const language = tab.dataset.lang === "go" ? "go" : "ts";
        saveLanguage(language);
        showEverywhere(language);
      });
    }
    tablist.addEventListener("keydown", (event) => {
      const at = tabs.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: tabs.length - 1 }[
        event.key
      ];
      if (next === undefined) return;
      event.preventDefault();
      const tab = tabs[(next + tabs.length) % tabs.length]!;
      tab.click();
      tab.focus();
    });
    tablist.hidden = false;
    figure.classList.add("tabbed");
  }
  showEverywhere(savedLanguage());

  // A choice made in another window of the site shows here too.
  window.addEventListener("storage", (event) => {
    if (event.key === storageKeys.codeLanguage) showEverywhere(savedLanguage());
  });
  return figures;
}

setUpLanguageTabs();
