import { describe, expect, it } from "vitest";
import { type ElementLike, isSearchShortcut, isTypingTarget, type KeyLike } from "./shortcut.ts";

/** A stand-in element: a tag, attributes, classes and a parent. */
function el(
  tagName: string,
  attributes: Record<string, string> = {},
  parentElement: ElementLike | null = null,
  extra: { isContentEditable?: boolean } = {},
): ElementLike {
  const classes = new Set((attributes.class ?? "").split(/\s+/).filter(Boolean));
  return {
    tagName: tagName.toUpperCase(),
    parentElement,
    isContentEditable: extra.isContentEditable ?? false,
    classList: { contains: (token) => classes.has(token) },
    getAttribute: (name) => attributes[name] ?? null,
  };
}

const body = el("body");

function key(target: unknown, overrides: Partial<KeyLike> = {}): KeyLike {
  return {
    key: "/",
    target,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    isComposing: false,
    ...overrides,
  };
}

describe("isTypingTarget", () => {
  it("counts text fields, text areas and selects as typing", () => {
    expect(isTypingTarget(el("input", {}, body))).toBe(true); // type defaults to text
    for (const type of ["text", "search", "email", "url", "number", "password", "TEXT"]) {
      expect(isTypingTarget(el("input", { type }, body)), type).toBe(true);
    }
    expect(isTypingTarget(el("textarea", {}, body))).toBe(true);
    expect(isTypingTarget(el("select", {}, body))).toBe(true);
  });

  it("does not count inputs in which keys type nothing", () => {
    for (const type of ["checkbox", "radio", "button", "submit", "range", "file"]) {
      expect(isTypingTarget(el("input", { type }, body)), type).toBe(false);
    }
  });

  it("counts editable content and text widgets", () => {
    expect(isTypingTarget(el("div", {}, body, { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el("div", { role: "textbox" }, body))).toBe(true);
    expect(isTypingTarget(el("span", {}, el("div", { role: "combobox" }, body)))).toBe(true);
  });

  it("counts anything inside the code editor, whatever element takes its keys", () => {
    const editor = el("div", { class: "monaco-editor no-user-select vs" }, body);
    const editContext = el("div", { class: "native-edit-context" }, el("div", {}, editor));
    expect(isTypingTarget(editContext)).toBe(true);
  });

  it("does not count the page, links, buttons or plain elements", () => {
    expect(isTypingTarget(body)).toBe(false);
    expect(isTypingTarget(el("a", { href: "/" }, body))).toBe(false);
    expect(isTypingTarget(el("button", {}, el("div", { class: "editor-host" }, body)))).toBe(false);
    expect(isTypingTarget(el("summary", {}, el("details", {}, body)))).toBe(false);
  });

  it("does not count what is not an element", () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(undefined)).toBe(false);
    expect(isTypingTarget({ tagName: "INPUT" })).toBe(false);
    expect(isTypingTarget("input")).toBe(false);
  });
});

describe("isSearchShortcut", () => {
  it("is / pressed outside any field", () => {
    expect(isSearchShortcut(key(body))).toBe(true);
    expect(isSearchShortcut(key(el("a", {}, body)))).toBe(true);
    expect(isSearchShortcut(key(el("input", { type: "radio" }, body)))).toBe(true);
    expect(isSearchShortcut(key(body, { key: "?" }))).toBe(false);
    expect(isSearchShortcut(key(body, { key: "s" }))).toBe(false);
  });

  it("allows Shift, which types / on some keyboards, but no other modifier", () => {
    expect(isSearchShortcut(key(body, { altKey: true }))).toBe(false);
    expect(isSearchShortcut(key(body, { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key(body, { metaKey: true }))).toBe(false);
  });

  it("leaves / to whoever is typing, composing or has already handled the key", () => {
    expect(isSearchShortcut(key(el("textarea", {}, body)))).toBe(false);
    expect(isSearchShortcut(key(el("input", { type: "search" }, body)))).toBe(false);
    expect(isSearchShortcut(key(body, { isComposing: true }))).toBe(false);
    expect(isSearchShortcut(key(body, { defaultPrevented: true }))).toBe(false);
  });
});
