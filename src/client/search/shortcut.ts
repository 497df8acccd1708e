/**
 * The `/` key focuses the site's search box, as on many documentation sites,
 * unless the learner is typing: then `/` is a character of what they type
 * (a comment in the code editor, a path in a text field).
 */

/** The parts of a DOM element the rule reads; an Element has them all. */
export interface ElementLike {
  readonly tagName: string;
  readonly parentElement: ElementLike | null;
  readonly isContentEditable?: boolean;
  readonly classList?: { contains(token: string): boolean };
  getAttribute(name: string): string | null;
}

/** Inputs in which a key press types nothing. */
const inputsWithoutText = new Set([
  "button",
  "checkbox",
  "color",
  "file",
  "hidden",
  "image",
  "radio",
  "range",
  "reset",
  "submit",
]);

/** Roles of widgets that take typed text without being a form field. */
const textRoles = new Set(["textbox", "searchbox", "combobox", "spinbutton"]);

function isElementLike(value: unknown): value is ElementLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ElementLike).tagName === "string" &&
    typeof (value as ElementLike).getAttribute === "function"
  );
}

/**
 * Whether a key pressed with `target` focused would type text: a text field,
 * a text area, a select (whose keys pick an option), anything editable, or
 * anything inside the code editor (which may take keys on an element that is
 * none of these).
 */
export function isTypingTarget(target: unknown): boolean {
  if (!isElementLike(target)) return false;
  if (target.isContentEditable) return true;
  for (let el: ElementLike | null = target; el; el = el.parentElement) {
    const tag = el.tagName.toLowerCase();
    if (tag === "textarea" || tag === "select") return true;
    if (tag === "input") {
      return !inputsWithoutText.has((el.getAttribute("type") ?? "text").toLowerCase());
    }
    const role = el.getAttribute("role");
    if (role !== null && textRoles.has(role)) return true;
    if (el.classList?.contains("monaco-editor")) return true;
  }
  return false;
}

/** The parts of a keyboard event the shortcut reads. */
export interface KeyLike {
  readonly key: string;
  readonly target: unknown;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly defaultPrevented: boolean;
  readonly isComposing: boolean;
}

/**
 * Whether this key press should focus the search box. Shift is allowed: on
 * some keyboards `/` is a shifted key (Shift+7 on a German one).
 */
export function isSearchShortcut(event: KeyLike): boolean {
  return (
    event.key === "/" &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.defaultPrevented &&
    !event.isComposing &&
    !isTypingTarget(event.target)
  );
}
