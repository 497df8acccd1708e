// An exercise page's workbench: the learner's code in the editor (saved as
// they type), Check, Reset, Show solution, the Test results and the Output.
// Like a lesson's example, the page starts with highlighted code and loads
// the editor, the compiler and the sandbox only when the learner reaches for
// them; grading itself is the grader's (src/client/grading).
import type { CheckResult } from "../../grading/protocol.ts";
import type { ExerciseRef } from "../grading/grade-client.ts";
import { forgetCode, loadCode, saveCode } from "../playground/code-store.ts";
import { EarlyEdit } from "../playground/early-edit.ts";
import type { CodeEditor } from "../playground/editor.ts";
import { isDone, markDone, showProgressMarks } from "../progress.ts";
import { typeCheck } from "../playground/type-check.ts";
import { resultItem } from "./results.ts";

interface ExerciseData {
  slug: string;
  codeId: string;
  filename: string;
  starter: string;
  /** The starter compiled when the site was built (src/build/precompile.ts). */
  compiled?: { code: string; map: string; race: boolean };
}

type BuildError = { line: number; column: number; message: string };

const loadEditorModule = () => import("../playground/editor.ts");
const loadGrader = () => import("../grading/grade-client.ts");
const warmCompiler = () =>
  void import("../playground/compiler-client.ts").then((c) => c.warmCompiler());

class Workbench {
  private readonly data: ExerciseData;
  private readonly exercise: ExerciseRef;
  private readonly code: HTMLElement;
  private readonly output: HTMLElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly resultList: HTMLOListElement;
  private readonly checkButton: HTMLButtonElement;
  /** Race: Run compiles the program for the race detector, as `go run -race`. */
  private readonly raceBox: HTMLInputElement;
  private readonly solution: HTMLElement;
  private readonly solutionButton: HTMLButtonElement;
  private editor: Promise<CodeEditor> | null = null;
  /** The editor once it is mounted. */
  private ready: CodeEditor | null = null;
  /** Set while a check or a replay runs: one at a time, in one sandbox. */
  private busy = false;
  private solutionConfirmed = false;
  private warmed = false;
  /** Typing into the highlighted starter before the editor is there. */
  private readonly early: EarlyEdit | null;

  constructor(root: HTMLElement) {
    this.data = JSON.parse(
      root.querySelector("[data-exercise-source]")!.textContent!,
    ) as ExerciseData;
    const ahead = this.data.compiled;
    this.exercise = {
      slug: this.data.slug,
      filename: this.data.filename,
      starter: ahead === undefined ? undefined : { source: this.data.starter, ...ahead },
    };
    this.code = root.querySelector("[data-code]")!;
    this.output = root.querySelector("[data-output]")!;
    this.status = root.querySelector("[data-status]")!;
    this.results = root.querySelector("[data-results]")!;
    this.resultList = root.querySelector("[data-result-list]")!;
    this.checkButton = root.querySelector("[data-check]")!;
    this.raceBox = root.querySelector("[data-race]")!;
    this.solution = root.querySelector("[data-solution]")!;
    this.solutionButton = root.querySelector("[data-show-solution]")!;

    this.checkButton.addEventListener("click", () => void this.check());
    root.querySelector("[data-run]")!.addEventListener("click", () => void this.runMain());
    root.querySelector("[data-reset]")!.addEventListener("click", () => void this.reset());
    this.solutionButton.addEventListener("click", () => this.toggleSolution());
    root.querySelector<HTMLElement>("[data-tools]")!.hidden = false;
    root.querySelector<HTMLElement>("[data-needs-script]")!.hidden = true;

    // Ctrl/Cmd+Enter checks, from anywhere in the workbench (the editor has its own binding).
    root.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
        event.preventDefault();
        void this.check();
      }
    });
    // The first touch starts the compiler and the sandbox; the editor (seconds
    // of script) loads when the code itself is reached for, or when the
    // browser is idle, so that it never slows the first Check.
    root.addEventListener("pointerenter", () => this.warm(false), { once: true });
    root.addEventListener("focusin", () => this.warm(false), { once: true });
    this.code.addEventListener("pointerdown", () => void this.ensureEditor(), { once: true });
    this.code.addEventListener("focusin", () => void this.ensureEditor(), { once: true });
    // Typing into the highlighted starter before the editor is there is an edit too.
    this.code.addEventListener("input", warmCompiler, { once: true });
    // Saved code replaces the starter at once, so the page never shows the wrong code.
    const saved = loadCode(this.data.codeId) !== null;
    this.early = saved ? null : new EarlyEdit(this.code, this.data.starter, "Your code");
    if (saved) void this.ensureEditor();
    this.showDone();
  }

  /**
   * Gets Check ready: the sandbox and the checks first, since the starter as
   * shown needs nothing else; then the compiler for the edits to come (at
   * once for saved code, which the build did not compile) and, with
   * `editor`, the editor.
   */
  warm(editor = true): void {
    if (this.warmed) {
      if (editor && !this.busy) void this.ensureEditor();
      return;
    }
    this.warmed = true;
    if (this.source() !== this.data.starter || this.data.compiled === undefined) warmCompiler();
    void loadGrader()
      .then((g) => g.warmGrader())
      .then(() => {
        warmCompiler();
        if (editor && !this.busy) void this.ensureEditor();
      });
  }

  private ensureEditor(): Promise<CodeEditor> {
    this.editor ??= loadEditorModule().then(({ createEditor }) => {
      const host = document.createElement("div");
      host.className = "editor";
      host.style.height = `${this.code.offsetHeight}px`;
      const hadFocus = this.code.contains(document.activeElement);
      const typed = this.early?.take() ?? null;
      this.code.replaceWith(host);
      const editor = createEditor(
        host,
        `${this.data.codeId}/${this.data.filename}`,
        typed?.code ?? loadCode(this.data.codeId) ?? this.data.starter,
        `Your code, ${this.data.filename}. Ctrl+Enter checks it; Escape leaves the editor.`,
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      let edited = false;
      editor.onChange(() => {
        // The first edit starts the compiler: the starter as shown needed none.
        if (!edited) warmCompiler();
        edited = true;
        clearTimeout(timer);
        timer = setTimeout(() => this.save(editor.getValue()), 300);
      });
      addEventListener("pagehide", () => this.save(editor.getValue()));
      editor.onRun(() => void this.check());
      // Escape leaves forward, to the output, so Tab goes on through the page.
      editor.onEscape(() => this.output.focus());
      if (typed !== null) {
        this.save(typed.code);
        if (hadFocus) editor.reveal(typed.line, typed.column);
      } else if (hadFocus) editor.focus();
      this.ready = editor;
      return editor;
    });
    return this.editor;
  }

  /** The code as it stands: the editor's, what was typed before it came, the saved code or the starter. */
  private source(): string {
    return (
      this.ready?.getValue() ??
      this.early?.text() ??
      loadCode(this.data.codeId) ??
      this.data.starter
    );
  }

  private save(code: string): void {
    if (code === this.data.starter) forgetCode(this.data.codeId);
    else saveCode(this.data.codeId, code);
  }

  private say(text: string, passed = false): void {
    this.status.textContent = text;
    this.status.toggleAttribute("data-passed", passed);
  }

  private showDone(): void {
    const badge = document.querySelector<HTMLElement>("[data-done-badge]");
    if (badge) badge.hidden = !isDone(this.data.slug);
  }

  /** Clears the Output and writes `text` to it. */
  private write(text: string): void {
    this.output.replaceChildren(text);
  }

  private append(text: string, className?: string): void {
    if (className === undefined) {
      this.output.append(text);
      return;
    }
    const s = document.createElement("span");
    s.className = className;
    s.textContent = text;
    this.output.append(s);
  }

  /** Writes build errors, each `file:line:col` a link that moves the editor's cursor there. */
  private showBuildErrors(errors: readonly BuildError[], what: string): void {
    this.output.replaceChildren();
    for (const e of errors) {
      const a = document.createElement("a");
      a.href = "#";
      a.className = "source-link";
      a.textContent = `${this.data.filename}:${e.line}:${e.column}`;
      a.addEventListener("click", (event) => {
        event.preventDefault();
        void this.ensureEditor().then((editor) => editor.reveal(e.line, e.column));
      });
      this.output.append(a, `: ${e.message}\n`);
    }
    this.append(`\nBuild failed: ${what}.`, "note");
  }

  async check(): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    try {
      // The starter was type-checked when the site was built (the content
      // check): until it is edited, Check needs neither the editor nor its
      // type checker, and the first Check does not wait for them.
      const source = this.source();
      const unchanged = source === this.data.starter;
      if (!unchanged) this.save(source);
      this.resultList.replaceChildren();
      this.results.hidden = true;
      this.say("Checking your code…");
      const typeErrors = unchanged ? [] : await typeCheck(this.ensureEditor());
      if (typeErrors.length > 0) {
        this.showBuildErrors(typeErrors, "the checks did not run");
        this.say("Your code does not build: see the Output.");
        return;
      }
      this.write("Running the hidden tests, each under many seeds…\n");
      this.results.hidden = false;
      this.resultList.setAttribute("aria-busy", "true");
      const { grade } = await loadGrader();
      const end = await grade(this.exercise, source, (result) => this.addResult(result));
      this.resultList.removeAttribute("aria-busy");
      if (end.kind === "build-failed") {
        this.results.hidden = true;
        this.showBuildErrors(end.errors, "the checks did not run");
        this.say("Your code does not build: see the Output.");
        return;
      }
      if (end.kind === "stopped") {
        this.write(`${end.message}\n`);
        this.append("\nThe checks were stopped.", "note");
        this.say("The checks were stopped: see the Output.");
        return;
      }
      this.resultList.replaceChildren(...end.results.map((r) => this.item(r)));
      this.finish(end.results);
    } catch (e) {
      this.failed("The checks", e);
    } finally {
      this.resultList.removeAttribute("aria-busy");
      this.setBusy(false);
      // The checks came first; now the editor may load.
      if (this.editor === null) this.warm();
    }
  }

  /**
   * Run: the learner's own `main`, as a lesson's example runs, to see what
   * their code prints before (or instead of) the hidden tests.
   */
  async runMain(): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    try {
      const editor = await this.ensureEditor();
      const source = editor.getValue();
      const race = this.raceBox.checked;
      this.save(source);
      this.say("Running your main…");
      this.write("");
      this.append("Compiling…", "note");
      this.output.setAttribute("aria-busy", "true");
      const [compiler, { loadSandbox }] = await Promise.all([
        import("../playground/compiler-client.ts"),
        import("../playground/sandbox-loader.ts"),
      ]);
      const [typeErrors, compiled] = await Promise.all([
        editor.errors(),
        compiler.compile(source, this.data.filename, race),
      ]);
      const errors = compiled.ok ? typeErrors : compiled.errors;
      if (!compiled.ok || errors.length > 0) {
        this.showBuildErrors(errors, "the program did not run");
        this.say("Your code does not build: see the Output.");
        return;
      }
      const box = await loadSandbox();
      this.write("");
      const end = await box.run(
        {
          code: compiled.code,
          map: compiled.map,
          filename: this.data.filename,
          seed: 1,
          maxOutputBytes: 1_000_000,
          maxSteps: Number.MAX_SAFE_INTEGER,
          maxGoroutines: 4_194_304,
          trace: false,
          race,
        },
        (text) => this.append(text),
      );
      if (end.kind === "stopped") {
        this.append(`\n${end.message}\n`);
        this.append("\nProgram stopped.", "note");
        this.say("Program stopped: see the Output.");
        return;
      }
      const { error, exitCode } = end.outcome;
      if (error !== null) {
        if (!(this.output.textContent ?? "").endsWith("\n") && this.output.textContent !== "")
          this.append("\n");
        this.append(`${error.message.trimEnd()}\n`);
        if (error.message.includes("has no main")) {
          this.append(
            "\nTo see what your code prints, add a main of your own to your file, for example\n\n" +
              "export async function main() {\n  console.log(/* a call of your function */);\n}\n\n" +
              "Check runs the hidden tests with it or without it.\n",
            "note",
          );
        }
      }
      const exit = exitCode === 0 ? "Program exited." : `Program exited: status ${exitCode}.`;
      this.append(`\n${exit}`, "note");
      const headline = error?.message.trim().split("\n")[0];
      this.say(headline === undefined ? exit : `${headline} ${exit}`);
    } catch (e) {
      this.failed("Your program", e);
    } finally {
      this.output.removeAttribute("aria-busy");
      this.setBusy(false);
    }
  }

  private item(result: CheckResult): HTMLLIElement {
    return resultItem(result, (r) => void this.replay(r.name, r.seed));
  }

  private addResult(result: CheckResult): void {
    this.resultList.append(this.item(result));
  }

  private finish(results: readonly CheckResult[]): void {
    const failed = results.filter((r) => !r.pass).length;
    if (failed === 0) {
      markDone(this.data.slug);
      showProgressMarks();
      this.showDone();
      this.write(`ok    every check passed (${results.length} of ${results.length})\n`);
      this.say(`All ${results.length} checks passed: exercise done!`, true);
      return;
    }
    const first = results.find((r) => !r.pass)!;
    this.write(
      `FAIL  ${failed} of ${results.length} checks failed\n\n--- FAIL: ${first.name} (seed ${first.seed})\n    ${first.message.replaceAll("\n", "\n    ")}\n`,
    );
    this.append(
      "\nReplay a failing seed to see what your code printed and what every goroutine did.",
      "note",
    );
    this.say(`${failed} of ${results.length} checks failed.`);
  }

  async replay(check: string, seed: number): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    try {
      const editor = await this.ensureEditor();
      const source = editor.getValue();
      this.write("");
      this.append(`Replaying “${check}” under seed ${seed}…\n\n`, "note");
      this.output.setAttribute("aria-busy", "true");
      this.say(`Replaying seed ${seed}…`);
      this.output.focus();
      const { replay } = await loadGrader();
      const end = await replay(this.exercise, source, check, seed, (text) => this.append(text));
      this.output.removeAttribute("aria-busy");
      if ("kind" in end) {
        if (end.kind === "build-failed") {
          this.showBuildErrors(end.errors, "the replay did not run");
        } else {
          this.append(`\n${end.message}\n`);
          this.append("\nThe replay was stopped.", "note");
        }
        this.say("The replay did not finish: see the Output.");
        return;
      }
      const verdict = end.result.pass
        ? `--- PASS: ${check} (seed ${seed})\n    It passed this time: did your code change since the check?\n`
        : `--- FAIL: ${check} (seed ${seed})\n    ${end.result.message.replaceAll("\n", "\n    ")}\n`;
      if (end.output !== "" && !end.output.endsWith("\n")) this.append("\n");
      this.append(`${end.output === "" ? "" : "\n"}${verdict}`);
      const { timelineText } = await import("./timeline.ts");
      this.append(
        `\nTimeline of the check's last run (time is virtual; g1 is the check's main goroutine; an event without a line of your file happened in the check's own code):\n`,
        "note",
      );
      this.append(end.timeline.length === 0 ? "(no events)\n" : `${timelineText(end.timeline)}\n`);
      this.say(`Replayed seed ${seed}: see the Output.`);
    } catch (e) {
      this.failed("The replay", e);
    } finally {
      this.output.removeAttribute("aria-busy");
      this.setBusy(false);
    }
  }

  /** A failure of the machinery, not of the learner's code (a worker that did not load, say). */
  private failed(what: string, error: unknown): void {
    this.results.hidden = this.resultList.childElementCount === 0;
    this.write(
      `${what} could not run: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    this.append("\nReload the page to try again; your code is saved.", "note");
    this.say(`${what} could not run: see the Output.`);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    // aria-disabled rather than disabled: the button keeps the keyboard's focus.
    this.checkButton.setAttribute("aria-disabled", String(busy));
  }

  private async reset(): Promise<void> {
    const editor = await this.ensureEditor();
    if (editor.getValue() !== this.data.starter) {
      if (!confirm("Replace your code with the starter code? Your changes will be lost.")) return;
    }
    editor.setValue(this.data.starter);
    forgetCode(this.data.codeId);
    // Results and errors of the code just replaced would be out of place.
    this.resultList.replaceChildren();
    this.results.hidden = true;
    this.write("Press Check to run the hidden tests on your code.");
    this.say("Restored the starter code.");
  }

  private toggleSolution(): void {
    if (!this.solution.hidden) {
      this.solution.hidden = true;
      this.solutionButton.textContent = "Show solution";
      this.solutionButton.setAttribute("aria-expanded", "false");
      return;
    }
    if (
      !this.solutionConfirmed &&
      !confirm(
        "Show the reference solution? It is worth trying the hints first. Your own code stays as it is.",
      )
    ) {
      return;
    }
    this.solutionConfirmed = true;
    this.solution.hidden = false;
    this.solutionButton.textContent = "Hide solution";
    this.solutionButton.setAttribute("aria-expanded", "true");
    this.say("The reference solution is below your code.");
  }
}

for (const root of document.querySelectorAll<HTMLElement>("[data-exercise]")) {
  const workbench = new Workbench(root);
  // When the browser has nothing else to do, get Check ready: the sandbox
  // and the checks first, then the compiler and the editor.
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1500));
  idle(() => workbench.warm(), { timeout: 4000 });
}
