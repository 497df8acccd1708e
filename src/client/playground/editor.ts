// The code editor: Monaco with TypeScript's language service, which knows the
// runtime's types (read from runtime/ at build time, never a hand-kept copy),
// so `go`, `chan`, `select`… complete, show their docs on hover, and a
// misuse — a send on a receive-only channel — is underlined as it is typed.
// This module is large; the page loads it only when a learner reaches for an
// example, or when the browser is idle.
import * as monaco from "monaco-editor";
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
  /** Runs `action` on Escape, unless a widget (suggestions, find…) takes it: the way out for keyboard users, since Tab indents. */
  onEscape(action: () => void): void;
  focus(): void;
}

function theme(): string {
  return document.documentElement.dataset.theme === "dark" ||
    (document.documentElement.dataset.theme !== "light" &&
      matchMedia("(prefers-color-scheme: dark)").matches)
    ? "vs-dark"
    : "vs";
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
    scrollbar: { alwaysConsumeMouseWheel: false },
    // Monaco dims the line after a final newline below readable contrast.
    renderFinalNewline: "on",
  });
  // The editor is as tall as its code, so the page scrolls, not the editor.
  const fit = () => {
    host.style.height = `${Math.min(Math.max(editor.getContentHeight(), 120), window.innerHeight * 0.8)}px`;
  };
  editor.onDidContentSizeChange(fit);
  fit();
  new MutationObserver(() => monaco.editor.setTheme(theme())).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-theme"],
  });

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
