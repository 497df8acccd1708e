// An example's toolbar fits one row on a phone (390 CSS pixels wide): there,
// Format, Reset and Share show an icon and Explore schedules says "Explore".
// The whole word stays in the button, only hidden from sight on a narrow
// screen (Example.astro's styles), so a button's accessible name, its
// tooltip and what tests find it by are the same at every width.

const svgNS = "http://www.w3.org/2000/svg";

/** Strokes of a 24 × 24 icon, drawn with round caps. */
const icons = {
  // Lines of text pulled to the left margin.
  format: ["M4 6h16", "M4 10h10", "M4 14h16", "M4 18h10"],
  // An arrow turning back on itself.
  reset: ["M4 12a8 8 0 1 0 2.35-5.65L4 8.7", "M4 4v4.7h4.7"],
  // An arrow leaving a tray.
  share: ["M12 15V3", "M7.5 7.5 12 3l4.5 4.5", "M5 12v7a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-7"],
};

export type ToolIcon = keyof typeof icons;

/** Gives `button` an icon, shown in place of its text on a narrow screen. */
export function withIcon(button: HTMLButtonElement, icon: ToolIcon): HTMLButtonElement {
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("class", "tool-icon");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  for (const d of icons[icon]) {
    const path = document.createElementNS(svgNS, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  const text = document.createElement("span");
  text.className = "tool-text";
  text.textContent = button.textContent;
  button.replaceChildren(svg, text);
  return button;
}

/**
 * Shows only the first `short` characters of `button`'s text on a narrow
 * screen ("Explore" of "Explore schedules"); the rest stays, out of sight.
 */
export function withShortText(button: HTMLButtonElement, short: string): HTMLButtonElement {
  const label = button.textContent ?? "";
  if (!label.startsWith(short)) return button;
  const rest = document.createElement("span");
  rest.className = "tool-more";
  rest.textContent = label.slice(short.length);
  button.replaceChildren(short, rest);
  return button;
}
