import { storageKeys } from "./storage-keys.ts";

type Theme = "auto" | "light" | "dark";

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(storageKeys.theme);
    return value === "light" || value === "dark" ? value : "auto";
  } catch {
    return "auto"; // storage can be disabled; the system's preference still applies
  }
}

function applyTheme(theme: Theme): void {
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

function saveTheme(theme: Theme): void {
  try {
    if (theme === "auto") localStorage.removeItem(storageKeys.theme);
    else localStorage.setItem(storageKeys.theme, theme);
  } catch {
    // Not remembered across pages, but the choice still applies to this one.
  }
}

/** Wires the theme radios; they stay hidden without JavaScript, where they could do nothing. */
export function setUpThemeSwitches(): void {
  const current = storedTheme();
  for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>("[data-theme-switch]")) {
    for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.checked = radio.value === current;
      radio.addEventListener("change", () => {
        const theme = radio.value as Theme;
        applyTheme(theme);
        saveTheme(theme);
      });
    }
    fieldset.hidden = false;
  }
}
