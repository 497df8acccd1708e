// The code editor: Monaco with TypeScript's language service, which knows the
// runtime's types (read from runtime/ at build time, never a hand-kept copy),
// so `go`, `chan`, `select`… complete, show their docs on hover, and a
// misuse — a send on a receive-only channel — is underlined as it is typed.
// This module is large; the page loads it only when a learner reaches for an
// example, or when the browser is idle.
import * as monaco from "./monaco.ts";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";
import TsWorker from "monaco-editor/language/typescript/ts.worker.js?worker";

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    label === "typescript" ? new TsWorker() : new EditorWorker(),
};

// The runtime's own sources, as the language service sees them.
const runtimeSources = import.meta.glob(["/runtime/**/*.ts", "!/runtime/**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const ts = monaco.typescript;
ts.typescriptDefaults.setCompilerOptions({
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  // Bundler resolution (100) lets the runtime's sources import each other with .ts extensions.
  moduleResolution: 100 as unknown as monaco.typescript.ModuleResolutionKind,
  allowImportingTsExtensions: true,
  noEmit: true,
  strict: true,
  // The compiler API takes lib file names, not tsconfig's short names.
  lib: ["lib.es2023.d.ts"],
  baseUrl: "file:///",
  paths: { go: ["runtime/index.ts"], "go/*": ["runtime/modules/*.ts"] },
});
ts.typescriptDefaults.setExtraLibs([
  ...Object.entries(runtimeSources).map(([path, content]) => ({
    content,
    filePath: `file://${path}`,
  })),
  // Programs run in a worker with no DOM: console is all they get.
  {
    content: "declare const console: { log(...data: unknown[]): void };",
    filePath: "file:///console.d.ts",
  },
]);

/** One example's editor, in place of its highlighted code. */
export interface CodeEditor {
  getValue(): string;
  setValue(code: string): void;
  onChange(listener: () => void): void;
  /** Moves the cursor to a line and column and focuses the editor. */
  reveal(line: number, column: number): void;
  /** Marks a whole line and scrolls it into view, leaving the focus where it is. */
  highlight(line: number): void;
  format(): Promise<void>;
  /** The type checker's errors: what `go build` would refuse. */
  errors(): Promise<{ line: number; column: number; message: string }[]>;
  /** Runs `action` on Ctrl/Cmd+Enter. */
  onRun(action: () => void): void;
  /** Runs `action` on Escape, unless a widget (suggestions, find…) takes it: a way out of the editor, even while Tab indents. */
  onEscape(action: () => void): void;
  focus(): void;
}

// The editor's colours are the highlighted code's (GitHub's themes, as shiki
// shows them before the editor loads), with every colour at WCAG AA contrast
// or better against the background: Monaco's own themes have comments, line
// numbers and faded unused code below 4.5:1.
monaco.editor.defineTheme("tour-light", {
  base: "vs",
  inherit: true,
  rules: [
    { token: "", foreground: "1f2328" },
    { token: "comment", foreground: "59636e" },
    { token: "keyword", foreground: "cf222e" },
    { token: "string", foreground: "0a3069" },
    { token: "string.escape", foreground: "116329" },
    { token: "regexp", foreground: "0a3069" },
    { token: "number", foreground: "0550ae" },
    { token: "type", foreground: "953800" },
    { token: "identifier", foreground: "1f2328" },
    { token: "delimiter", foreground: "1f2328" },
  ],
  colors: {
    "editor.background": "#ffffff",
    // Outlined, not shaded: a shade under coloured code lowers its contrast.
    "editor.wordHighlightBackground": "#00000000",
    "editor.wordHighlightStrongBackground": "#00000000",
    "editor.wordHighlightBorder": "#59636e",
    "editor.wordHighlightStrongBorder": "#59636e",
    "editor.foreground": "#1f2328",
    "editorLineNumber.foreground": "#59636e",
    "editorLineNumber.activeForeground": "#1f2328",
    "editorUnnecessaryCode.opacity": "#000000ff",
  },
});
monaco.editor.defineTheme("tour-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [
    { token: "", foreground: "e6edf3" },
    { token: "comment", foreground: "9198a1" },
    { token: "keyword", foreground: "ff7b72" },
    { token: "string", foreground: "a5d6ff" },
    { token: "string.escape", foreground: "7ee787" },
    { token: "regexp", foreground: "a5d6ff" },
    { token: "number", foreground: "79c0ff" },
    { token: "type", foreground: "ffa657" },
    { token: "identifier", foreground: "e6edf3" },
    { token: "delimiter", foreground: "e6edf3" },
  ],
  colors: {
    "editor.background": "#0d1117",
    // Outlined, not shaded: a shade under coloured code lowers its contrast.
    "editor.wordHighlightBackground": "#00000000",
    "editor.wordHighlightStrongBackground": "#00000000",
    "editor.wordHighlightBorder": "#9198a1",
    "editor.wordHighlightStrongBorder": "#9198a1",
    "editor.foreground": "#e6edf3",
    "editorLineNumber.foreground": "#9198a1",
    "editorLineNumber.activeForeground": "#e6edf3",
    "editorUnnecessaryCode.opacity": "#000000ff",
  },
});

const systemDark = matchMedia("(prefers-color-scheme: dark)");

function theme(): string {
  const chosen = document.documentElement.dataset.theme;
  return chosen === "dark" || (chosen !== "light" && systemDark.matches)
    ? "tour-dark"
    : "tour-light";
}

// One theme for every editor on the page, following the theme switch and, on
// Auto, the system's setting as it changes.
const applyTheme = () => monaco.editor.setTheme(theme());
new MutationObserver(applyTheme).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ["data-theme"],
});
systemDark.addEventListener("change", applyTheme);

// Tab moves the focus out of an editor, as everywhere else on the page, so
// that a keyboard reaches what comes after the code; Ctrl+M (Ctrl+Shift+M on
// a Mac, as in VS Code) makes Tab indent instead, in every editor, until
// pressed again. A line under each editor says which it is.
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const toggleKeyName = isMac ? "Ctrl+Shift+M" : "Ctrl+M";
const toggleKey = isMac
  ? monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM
  : monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM;
let tabMovesFocus = true;
const tabListeners = new Set<() => void>();

function tabHint(): string {
  return tabMovesFocus
    ? `Tab moves to the next control · ${toggleKeyName}: Tab indents`
    : `Tab indents · ${toggleKeyName}: Tab moves to the next control`;
}

/**
 * Monaco takes every touch move over its lines for its own scrolling, even
 * when it has nothing to scroll: an editor as tall as its code, on a phone,
 * would stop the page from scrolling under the learner's finger. When the
 * editor is at its top or bottom, the move scrolls the page instead.
 */
function scrollPageByTouch(host: HTMLElement, editor: monaco.editor.IStandaloneCodeEditor): void {
  let lastY: number | null = null;
  host.addEventListener("touchstart", (e) => (lastY = e.touches[0]?.clientY ?? null), {
    passive: true,
  });
  host.addEventListener(
    "touchmove",
    (e) => {
      const y = e.touches[0]?.clientY;
      if (lastY === null || y === undefined) return;
      const dy = lastY - y;
      lastY = y;
      const top = editor.getScrollTop();
      const bottom = editor.getScrollHeight() - editor.getLayoutInfo().height;
      // Instant: the page's smooth scrolling would restart at every move and barely go.
      if ((dy > 0 && top >= bottom - 1) || (dy < 0 && top <= 0))
        window.scrollBy({ top: dy, behavior: "instant" });
    },
    { passive: true },
  );
}

/** Mounts an editor for `code` into `host`, named `path` (its model's file). */
export function createEditor(
  host: HTMLElement,
  path: string,
  code: string,
  label: string,
): CodeEditor {
  const uri = monaco.Uri.parse(`file:///examples/${path}`);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(code, "typescript", uri);
  model.setValue(code);
  const editor = monaco.editor.create(host, {
    model,
    theme: theme(),
    ariaLabel: label,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    lineNumbersMinChars: 3,
    tabSize: 2,
    fixedOverflowWidgets: true,
    // A line wider than the editor (most lines, on a phone) shows a scrollbar
    // under the code at all times, not only on hover: touch has no hover.
    scrollbar: {
      alwaysConsumeMouseWheel: false,
      horizontal: "visible",
      horizontalScrollbarSize: 10,
    },
    // Monaco dims the line after a final newline below readable contrast.
    renderFinalNewline: "on",
    tabFocusMode: tabMovesFocus,
  });
  const hint = document.createElement("p");
  hint.className = "editor-keys";
  const showTabMode = () => {
    editor.updateOptions({ tabFocusMode: tabMovesFocus, ariaLabel: `${label} ${tabHint()}.` });
    hint.textContent = tabHint();
  };
  showTabMode();
  tabListeners.add(showTabMode);
  host.after(hint);
  editor.addCommand(toggleKey, () => {
    tabMovesFocus = !tabMovesFocus;
    for (const l of tabListeners) l();
  });
  // The editor is as tall as its code, so the page scrolls, not the editor:
  // up to most of the screen, and never shorter than the code it opened with
  // (an exercise's starter, TODOs and all, is seen whole without scrolling
  // inside the editor, even on a phone).
  // (Measured whenever the code is as it opened: the first measure may come
  // before the code's font has loaded.)
  const unedited = model.getAlternativeVersionId();
  let opened = 0;
  const fit = () => {
    // The content, and the scrollbar under it that long lines show.
    const height = editor.getContentHeight() + editor.getLayoutInfo().horizontalScrollbarHeight;
    if (model.getAlternativeVersionId() === unedited) opened = height;
    const cap = Math.max(window.innerHeight * 0.8, opened);
    host.style.height = `${Math.min(Math.max(height, 120), cap)}px`;
  };
  editor.onDidContentSizeChange(fit);
  fit();
  scrollPageByTouch(host, editor);

  const highlighted = editor.createDecorationsCollection();
  return {
    getValue: () => model.getValue(),
    setValue: (c) => model.setValue(c),
    onChange: (listener) => void model.onDidChangeContent(listener),
    reveal(line, column) {
      editor.setPosition({ lineNumber: line, column });
      editor.revealLineInCenter(line);
      editor.focus();
    },
    highlight(line) {
      highlighted.set([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, className: "line-highlight" },
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
    format: async () => {
      // Formatting comes from the TypeScript service: wait until it is up,
      // or an early Format would silently do nothing.
      await (
        await typeScriptWorker()
      )(uri);
      await editor.getAction("editor.action.formatDocument")?.run();
    },
    async errors() {
      const worker = await (await typeScriptWorker())(uri);
      const found = [
        ...(await worker.getSyntacticDiagnostics(uri.toString())),
        ...(await worker.getSemanticDiagnostics(uri.toString())),
      ];
      return found
        .filter((d) => d.category === 1)
        .map((d) => {
          const pos = model.getPositionAt(d.start ?? 0);
          return { line: pos.lineNumber, column: pos.column, message: flatten(d.messageText) };
        });
    },
    onRun(action) {
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, action);
    },
    onEscape(action) {
      editor.addCommand(
        monaco.KeyCode.Escape,
        action,
        "!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !markersNavigationVisible",
      );
    },
    focus: () => editor.focus(),
  };
}

// The TypeScript service registers itself a moment after the first model of
// the language appears; until then getTypeScriptWorker refuses.
async function typeScriptWorker(): ReturnType<typeof ts.getTypeScriptWorker> {
  for (let waited = 0; ; waited += 25) {
    try {
      return await ts.getTypeScriptWorker();
    } catch (e) {
      if (waited > 10_000) throw e;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

type Chain = string | { messageText: string; next?: Chain[] };
function flatten(m: Chain): string {
  if (typeof m === "string") return m;
  return [m.messageText, ...(m.next ?? []).map(flatten)].join(" ");
}
