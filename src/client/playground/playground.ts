// Makes every example on a lesson page editable and runnable. This file is
// all a lesson page loads up front; the editor, the compiler and the sandbox
// (with the runtime) load when a learner reaches for an example, or when the
// browser is idle, and the highlighted code stays in place until then.
import { forgetCode, loadCode, saveCode } from "./code-store.ts";
import { EarlyEdit } from "./early-edit.ts";
import type { CodeEditor } from "./editor.ts";
import { OutputTabs } from "./output-tabs.ts";
import type { CompileResult } from "./compile.ts";
import type { RunOutcome } from "./protocol.ts";
import { loadSandbox } from "./sandbox-loader.ts";
import { typeCheck } from "./type-check.ts";
import { withIcon, withShortText } from "./tool-labels.ts";

/** The seed a lesson's expected output was produced with. */
export const lessonSeed = 1;

interface ExampleData {
  id: string;
  filename: string;
  source: string;
  expected: string;
  /**
   * The source compiled when the site was built, plain and for the race
   * detector (src/build/precompile.ts): Run on the code as shown needs no
   * compiler, and esbuild-wasm loads only once the learner edits.
   */
  compiled?: { plain: Precompiled; race: Precompiled };
}

interface Precompiled {
  code: string;
  map: string;
}

let editorModule: Promise<typeof import("./editor.ts")> | null = null;
const loadEditorModule = () => (editorModule ??= import("./editor.ts"));

const loadCompiler = () => import("./compiler-client.ts");
/** Starts the compiler worker and esbuild-wasm ahead of the first compile. */
const warmCompiler = () => void loadCompiler().then((c) => c.warmCompiler());

type ExampleTimeline = import("../timeline/example-timeline.ts").ExampleTimeline;
type OutcomesPanel = import("../timeline/explore.ts").OutcomesPanel;
type StepPanel = import("../timeline/step.ts").StepPanel;

/** Longer share links may be cut short by the programs they travel through. */
const shareLinkLimit = 2000;

/** How many seeds Explore schedules runs, and how long it may take in all. */
const exploreSeeds = 200;
const exploreTimeoutMs = 30_000;

class ExamplePlayground {
  private readonly data: ExampleData;
  private readonly code: HTMLElement;
  private readonly output: HTMLElement;
  private readonly seedInput: HTMLInputElement;
  private readonly raceBox: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  /** Inside the Output region: the run's summary, announced once, not every line. */
  private readonly summary: HTMLElement;
  /** "Compiling…", "Starting…": in the Output until the program prints. */
  private progressNote: HTMLElement | null = null;
  /** Typing into the highlighted code before the editor is there. */
  private readonly early: EarlyEdit | null;
  /** Set from Run until the program has ended: the editor waits, not the run. */
  private running = false;
  private editor: Promise<CodeEditor> | null = null;
  private readonly tabs: OutputTabs;
  /** The Timeline tab's contents, once it has been opened. */
  private timeline: Promise<ExampleTimeline> | null = null;
  /** The last run, for the timeline: what ran (null: it did not build) and its source. */
  private lastRun: Parameters<ExampleTimeline["ran"]> | null = null;
  /** The region named Outcomes, and its contents once Explore schedules has been pressed. */
  private readonly outcomesHost: HTMLElement;
  private outcomes: Promise<OutcomesPanel> | null = null;
  /** The step mode region, and its contents once Step has been pressed. */
  private readonly stepHost: HTMLElement;
  private stepper: Promise<StepPanel> | null = null;
  /** The editor once it is mounted. */
  private ready: CodeEditor | null = null;
  private runs = 0;
  /** The code to show until the editor is there: shared, saved, or the lesson's. */
  private initial: string;

  constructor(
    private readonly figure: HTMLElement,
    shared: string | null,
  ) {
    this.data = JSON.parse(
      figure.querySelector("[data-example-source]")!.textContent!,
    ) as ExampleData;
    this.code = figure.querySelector(".example-code")!;
    this.output = figure.querySelector("[data-output]")!;
    const saved = loadCode(this.data.id);
    this.initial = shared ?? saved ?? this.data.source;
    this.early =
      this.initial === this.data.source
        ? new EarlyEdit(this.code, this.data.source, `Code of ${this.data.filename}`)
        : null;

    const bar = figure.querySelector(".example-bar")!;
    const tools = document.createElement("div");
    tools.className = "example-tools";
    // Go's `go run -race`: the program is compiled with its shared accesses
    // watched, and every data race is reported in the output.
    this.raceBox = document.createElement("input");
    this.raceBox.type = "checkbox";
    const raceLabel = document.createElement("label");
    raceLabel.className = "race-toggle";
    raceLabel.title = "Run with the race detector, as go run -race does";
    raceLabel.append(this.raceBox, "Race");
    this.runButton = this.button("Run", "Run the program (Ctrl+Enter)", () => void this.run());
    tools.append(
      this.runButton,
      raceLabel,
      withShortText(
        this.button(
          "Explore schedules",
          `Run the program under ${exploreSeeds} seeds and count the different outcomes`,
          () => void this.explore(),
        ),
        "Explore",
      ),
      this.button(
        "Step",
        "Be the scheduler: choose which goroutine runs at every step",
        () => void this.step(),
      ),
      withIcon(
        this.button("Format", "Format the code", () => void this.withEditor((e) => e.format())),
        "format",
      ),
      withIcon(
        this.button("Reset", "Restore the lesson's code", () => void this.reset()),
        "reset",
      ),
      withIcon(
        this.button("Share", "Copy a link to this code", () => void this.share()),
        "share",
      ),
    );
    this.status = document.createElement("span");
    this.status.className = "example-status";
    this.status.setAttribute("role", "status");
    bar.append(tools, this.status);
    this.summary = document.createElement("p");
    this.summary.className = "visually-hidden";
    // A live region of its own, not a second status: the bar's status says what the buttons did.
    this.summary.setAttribute("aria-live", "polite");
    this.summary.setAttribute("aria-atomic", "true");
    figure.querySelector(".example-output")!.append(this.summary);

    const outputBar = figure.querySelector(".output-bar")!;
    const seedLabel = document.createElement("label");
    seedLabel.className = "seed";
    seedLabel.textContent = "Seed ";
    this.seedInput = document.createElement("input");
    this.seedInput.type = "number";
    this.seedInput.min = "0";
    this.seedInput.value = String(lessonSeed);
    this.seedInput.addEventListener("keydown", (event) => {
      if (event.key === "Enter") void this.run();
    });
    seedLabel.append(this.seedInput);
    outputBar.append(
      seedLabel,
      this.button("New seed", "Run again with a new random seed", () => {
        this.seedInput.value = String(Math.floor(Math.random() * 2 ** 31));
        void this.run();
      }),
    );

    this.outcomesHost = document.createElement("section");
    this.outcomesHost.setAttribute("aria-label", "Outcomes");
    this.outcomesHost.hidden = true;
    figure.querySelector(".example-output")!.before(this.outcomesHost);
    this.stepHost = document.createElement("section");
    this.stepHost.setAttribute("aria-label", "Step mode");
    this.stepHost.hidden = true;
    this.outcomesHost.before(this.stepHost);
    this.tabs = new OutputTabs(figure.querySelector(".example-output")!, this.output, (tab) => {
      if (tab === "timeline") void this.openTimeline().then((t) => t.open());
    });

    // Ctrl/Cmd+Enter runs, from anywhere in the example (the editor has its own binding).
    figure.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
        event.preventDefault();
        void this.run();
      }
    });
    // The first touch of an example starts loading the compiler and the
    // sandbox; the editor (seconds of script) loads when the code itself is
    // reached for, or when the browser is idle, so that it never slows a Run.
    figure.addEventListener("pointerenter", () => this.warm(false), { once: true });
    figure.addEventListener("focusin", () => this.warm(false), { once: true });
    this.code.addEventListener("pointerdown", () => void this.ensureEditor(), { once: true });
    this.code.addEventListener("focusin", () => void this.ensureEditor(), { once: true });
    // Typing into the highlighted code before the editor is there is an edit too.
    this.code.addEventListener("input", warmCompiler, { once: true });
    if (this.initial !== this.data.source) void this.ensureEditor();
  }

  private button(label: string, title: string, action: () => void): HTMLButtonElement {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.title = title;
    b.addEventListener("click", action);
    return b;
  }

  /**
   * Gets the example ready to run: the sandbox first, since the code as shown
   * needs nothing else; once it is ready, the compiler for the edits to come
   * (at once for code the build did not compile: saved or shared code) and,
   * with `editor`, the editor.
   */
  warm(editor = true): void {
    if (this.source() !== this.data.source || this.data.compiled === undefined) warmCompiler();
    void loadSandbox()
      .then((box) => box.warm())
      .then(() => {
        warmCompiler();
        if (editor && !this.running) void this.ensureEditor();
      });
  }

  private ensureEditor(): Promise<CodeEditor> {
    this.editor ??= loadEditorModule().then(({ createEditor }) => {
      const host = document.createElement("div");
      host.className = "example-editor";
      // The TypeScript tab's panel, when the example has a Go twin: the editor takes its place.
      for (const name of ["id", "role", "aria-labelledby"]) {
        const value = this.code.getAttribute(name);
        if (value !== null) host.setAttribute(name, value);
      }
      // Same height as the highlighted code it replaces: nothing jumps.
      host.style.height = `${this.code.offsetHeight}px`;
      const hadFocus = this.code.contains(document.activeElement);
      const typed = this.early?.take() ?? null;
      this.code.replaceWith(host);
      const editor = createEditor(
        host,
        `${this.data.id}/${this.data.filename}`,
        typed?.code ?? this.initial,
        `Code of ${this.data.filename}. Ctrl+Enter runs it; Escape leaves the editor.`,
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Only edits are saved: opening a share link must not replace the learner's own code.
      let edited = false;
      editor.onChange(() => {
        // The first edit starts the compiler: the code as shown needed none.
        if (!edited) warmCompiler();
        edited = true;
        clearTimeout(timer);
        timer = setTimeout(() => this.save(editor.getValue()), 300);
      });
      addEventListener("pagehide", () => {
        if (edited) this.save(editor.getValue());
      });
      editor.onRun(() => void this.run());
      this.ready = editor;
      // Escape leaves forward, to the output, so Tab goes on through the page.
      editor.onEscape(() => this.output.focus());
      if (typed !== null) {
        this.save(typed.code);
        if (hadFocus) editor.reveal(typed.line, typed.column);
      } else if (hadFocus) editor.focus();
      return editor;
    });
    return this.editor;
  }

  private openTimeline(): Promise<ExampleTimeline> {
    this.timeline ??= import("../timeline/example-timeline.ts").then(({ ExampleTimeline }) => {
      const timeline = new ExampleTimeline(this.tabs.timeline, loadSandbox, (line) => {
        void this.withEditor((e) => e.highlight(line));
      });
      if (this.lastRun !== null) timeline.ran(...this.lastRun);
      return timeline;
    });
    return this.timeline;
  }

  /** Step mode: the program stops at every choice of the scheduler, and the learner makes it. */
  private async step(): Promise<void> {
    const source = this.ready?.getValue() ?? this.initial;
    const seed = Math.max(0, Math.floor(Number(this.seedInput.value) || 0));
    let compiled: { code: string; map: string } | null = null;
    this.stepper ??= import("../timeline/step.ts").then(
      ({ StepPanel }) =>
        new StepPanel(
          this.stepHost,
          async (choices) => {
            if (compiled === null) return { ok: false, message: "Compiling…" };
            const box = await loadSandbox();
            const end = await box.run(
              {
                ...compiled,
                filename: this.data.filename,
                seed,
                maxOutputBytes: 1_000_000,
                maxSteps: 1_000_000,
                maxGoroutines: 10_000,
                trace: true,
                choices,
              },
              () => {},
            );
            if (end.kind === "stopped") return { ok: false, message: end.message };
            const o = end.outcome;
            const ending =
              o.error === null
                ? `exit status ${o.exitCode}`
                : (o.error.message.split("\n", 1)[0] ?? "error");
            return {
              ok: true,
              choices: o.choices ?? [],
              events: o.timeline,
              ending,
            };
          },
          (line) => void this.withEditor((e) => e.highlight(line)),
          (n) => (this.ready?.getValue() ?? this.initial).split("\n")[n - 1],
          () => {},
        ),
    );
    const panel = await this.stepper;
    void loadSandbox();
    const result = await this.compile(source, false);
    if (!result.ok) {
      this.stepHost.hidden = false;
      this.say("The program does not build: press Run to see why.");
      return;
    }
    compiled = { code: result.code, map: result.map };
    await panel.start();
  }

  /** Explore schedules: the program under many seeds, its distinct outcomes counted. */
  private async explore(): Promise<void> {
    const run = ++this.runs;
    this.outcomes ??= import("../timeline/explore.ts").then(
      ({ OutcomesPanel }) =>
        new OutcomesPanel(this.outcomesHost, (seed) => {
          this.seedInput.value = String(seed);
          this.tabs.select("timeline");
          void this.run();
        }),
    );
    const panel = await this.outcomes;
    panel.say(`Running the program under ${exploreSeeds} seeds…`);
    const source = this.source();
    const [compiled, box] = await Promise.all([this.compile(source, false), loadSandbox()]);
    const typeErrors =
      compiled.ok && source !== this.data.source ? await (await this.ensureEditor()).errors() : [];
    if (run !== this.runs) return;
    if (!compiled.ok || typeErrors.length > 0) {
      panel.say("The program does not build: press Run to see why.");
      return;
    }
    const started = performance.now();
    const end = await box.run(
      {
        code: compiled.code,
        map: compiled.map,
        filename: this.data.filename,
        seed: lessonSeed,
        maxOutputBytes: 1_000_000,
        maxSteps: 10_000_000,
        maxGoroutines: 100_000,
        trace: false,
        schedules: exploreSeeds,
      },
      () => {},
      exploreTimeoutMs,
    );
    if (run !== this.runs) return;
    if (end.kind === "stopped") panel.say(`Exploring stopped: ${end.message}.`);
    else if (end.outcome.schedules === undefined) {
      panel.say(end.outcome.error?.message ?? "The program could not be explored.");
    } else panel.show(end.outcome.schedules, performance.now() - started);
  }

  /**
   * Compiles `source`: the build's module if it is the lesson's code as
   * shown, otherwise the browser's compiler (esbuild-wasm in a worker).
   */
  private compile(source: string, race: boolean): Promise<CompileResult> {
    const ahead = source === this.data.source ? this.data.compiled : undefined;
    if (ahead !== undefined)
      return Promise.resolve({ ok: true, ...ahead[race ? "race" : "plain"] });
    return loadCompiler().then((c) => c.compile(source, this.data.filename, race));
  }

  /** Tells the timeline about a run (null: none, or the build failed), and redraws it if it is open. */
  private ranForTimeline(request: Parameters<ExampleTimeline["ran"]>[0], source: string): void {
    this.lastRun = [request, source];
    if (this.timeline === null) return;
    void this.timeline.then((t) => {
      t.ran(request, source);
      if (this.tabs.selected === "timeline") void t.open();
    });
  }

  private save(code: string): void {
    if (code === this.data.source) forgetCode(this.data.id);
    else saveCode(this.data.id, code);
  }

  private async withEditor(action: (e: CodeEditor) => Promise<void> | void): Promise<void> {
    await action(await this.ensureEditor());
  }

  private async reset(): Promise<void> {
    const editor = await this.ensureEditor();
    if (editor.getValue() !== this.data.source) {
      if (!confirm("Replace your code with the lesson's original? Your changes will be lost."))
        return;
    }
    ++this.runs;
    editor.setValue(this.data.source);
    forgetCode(this.data.id);
    // The output of the code just replaced would be out of place: show the lesson's.
    this.output.replaceChildren(this.data.expected);
    this.output.removeAttribute("aria-busy");
    this.summary.textContent = "";
    this.say("Restored the lesson's code.");
  }

  private async share(): Promise<void> {
    const editor = await this.ensureEditor();
    const { shareFragment } = await import("./share.ts");
    const url = new URL(location.href);
    url.hash = shareFragment(this.data.id, editor.getValue());
    history.replaceState(null, "", url);
    // A browser may refuse the clipboard, or ask and wait: the address bar has the link anyway.
    const copied = await Promise.race([
      navigator.clipboard.writeText(url.href).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
    ]);
    const said = copied
      ? "Link copied to the clipboard."
      : "The link to this code is in the address bar.";
    // Some browsers, chat apps and mail programs cut links longer than this.
    this.say(
      url.href.length <= shareLinkLimit
        ? said
        : `${said} It is ${url.href.length.toLocaleString("en")} characters long, and links over ${shareLinkLimit.toLocaleString("en")} may be cut short on the way: for code this long, share a file instead.`,
    );
  }

  /** Says that the example shows code from a share link, with the way back to the lesson's. */
  showShared(): void {
    const banner = document.createElement("p");
    banner.className = "shared-banner";
    banner.append("This is code from a share link, not the lesson's. ");
    const back = this.button(
      "Back to the lesson's code",
      "Show the lesson's code (or your own edits of it) instead of the shared code",
      () =>
        void this.ensureEditor().then((editor) => {
          editor.setValue(loadCode(this.data.id) ?? this.data.source);
          const url = new URL(location.href);
          url.hash = "";
          history.replaceState(null, "", url);
          banner.remove();
          this.say("Back to the lesson's code.");
          editor.focus();
        }),
    );
    banner.append(back);
    this.figure.querySelector(".example-bar")!.after(banner);
  }

  say(message: string): void {
    this.status.textContent = message;
  }

  /** The code as it stands: the editor's, what was typed before it came, or the initial code. */
  private source(): string {
    return this.ready?.getValue() ?? this.early?.text() ?? this.initial;
  }

  /** Shows what a run is doing (Run stays disabled), or, with null, that the program has started. */
  private progress(note: string | null): void {
    this.progressNote?.remove();
    this.progressNote = null;
    this.runButton.disabled = note !== null;
    if (note === null) return;
    this.progressNote = document.createElement("span");
    this.progressNote.className = "exit-line";
    this.progressNote.textContent = note;
    this.output.append(this.progressNote);
  }

  async run(): Promise<void> {
    if (this.runButton.disabled) return;
    this.running = true;
    try {
      await this.runOnce();
    } finally {
      this.running = false;
      this.progress(null);
      // The run came first; now the editor may load.
      if (this.editor === null) requestIdle(() => this.warm());
    }
  }

  private async runOnce(): Promise<void> {
    const run = ++this.runs;
    const seed = Math.max(0, Math.floor(Number(this.seedInput.value) || 0));
    this.seedInput.value = String(seed);
    this.output.replaceChildren();
    this.output.setAttribute("aria-busy", "true");
    this.summary.textContent = "";
    this.say("");
    void this.timeline?.then((t) => t.started());
    // The lesson's own code was type-checked when the site was built (npm run
    // build runs the content check first, src/tour/check-content.ts), so it
    // runs without waiting for the editor and its type checker to start.
    // Until the editor is there, the code is the initial one or what was typed into it.
    const source = this.source();
    const race = this.raceBox.checked;
    const unchanged = source === this.data.source;
    // The code as shown was compiled when the site was built: it goes
    // straight to the sandbox, which starts while anything else is compiled.
    this.progress(unchanged && this.data.compiled !== undefined ? "Starting…" : "Compiling…");
    const sandbox = loadSandbox();
    // Type checking and compiling go side by side; a type checker that fails
    // (out of stack on thousands of nested parentheses) or hangs is a build
    // error, never a Run that waits for ever.
    const checking = unchanged ? Promise.resolve([]) : typeCheck(this.ensureEditor());
    const compiled = await this.compile(source, race);
    if (run !== this.runs) return;
    if (!compiled.ok) {
      this.buildFailed(compiled.errors, source);
      return;
    }
    const request = {
      code: compiled.code,
      map: compiled.map,
      filename: this.data.filename,
      seed,
      maxOutputBytes: 1_000_000,
      maxSteps: Number.MAX_SAFE_INTEGER,
      maxGoroutines: 4_194_304,
      trace: false,
      race,
    };
    this.progress("Starting…");
    const box = await sandbox;
    if (run !== this.runs) return;
    // The program starts beside the type check, which takes longer than most
    // runs: what it prints is held until the check passes, and a program
    // with type errors is stopped and never shown, as Go would not build it.
    let held: string[] | null = [];
    const running = box.run(request, (text) => {
      if (run !== this.runs) return;
      // With Race on, the reports name the learner's lines: make them links.
      if (held === null) this.print(text, race);
      else held.push(text);
    });
    const typeErrors = await checking;
    if (run !== this.runs) return;
    if (typeErrors.length > 0) {
      box.stop("the program has type errors");
      await running;
      this.buildFailed(typeErrors, source);
      return;
    }
    for (const text of held) this.print(text, race);
    held = null;
    const end = await running;
    if (run !== this.runs) return;
    this.progress(null);
    this.ranForTimeline(request, source);
    if (end.kind === "stopped") {
      this.print(`\n${end.message}\n`, false);
      this.exitLine("Program stopped.", `Program stopped: ${end.message}`);
      return;
    }
    this.finish(end.outcome);
  }

  /** Shows why the program did not build, each error a link to its line. */
  private buildFailed(
    errors: readonly { line: number; column: number; message: string }[],
    source: string,
  ): void {
    this.progress(null);
    for (const e of errors)
      this.print(`${this.data.filename}:${e.line}:${e.column}: ${e.message}\n`, true);
    const first = errors[0];
    this.exitLine(
      "Build failed: the program did not run.",
      first === undefined
        ? undefined
        : `Build failed: ${this.data.filename}:${first.line}: ${first.message}`,
    );
    this.ranForTimeline(null, source);
  }

  private finish(outcome: RunOutcome): void {
    if (outcome.error !== null) {
      if (this.output.textContent !== "" && !this.output.textContent!.endsWith("\n"))
        this.print("\n", false);
      this.print(`${outcome.error.message.trimEnd()}\n`, true);
    }
    const exit =
      outcome.exitCode === 0 ? "Program exited." : `Program exited: status ${outcome.exitCode}.`;
    // A screen reader hears the error's first line ("fatal error: all
    // goroutines are asleep - deadlock!", "panic: …") and the exit, not the dump.
    const headline = outcome.error?.message.trim().split("\n")[0];
    this.exitLine(exit, headline === undefined ? exit : `${headline} ${exit}`);
  }

  /** Appends output; with `links`, each `file:line:col` of the learner's file moves the cursor there. */
  private print(text: string, links: boolean): void {
    if (this.progressNote !== null) this.progress(null);
    if (!links) {
      this.output.append(text);
      return;
    }
    const name = this.data.filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const place = new RegExp(`${name}:(\\d+):(\\d+)`, "g");
    let last = 0;
    for (const m of text.matchAll(place)) {
      this.output.append(text.slice(last, m.index));
      const a = document.createElement("a");
      a.href = "#";
      a.textContent = m[0];
      a.className = "source-link";
      const [line, column] = [Number(m[1]), Number(m[2])];
      a.addEventListener("click", (event) => {
        event.preventDefault();
        void this.withEditor((e) => e.reveal(line, column));
      });
      this.output.append(a);
      last = m.index + m[0].length;
    }
    this.output.append(text.slice(last));
  }

  /** Ends the output with `text`, and announces `summary` (the text itself unless given). */
  private exitLine(text: string, summary = text): void {
    const p = document.createElement("span");
    p.className = "exit-line";
    p.textContent = `\n${text}`;
    this.output.append(p);
    this.output.removeAttribute("aria-busy");
    this.summary.textContent = summary;
  }
}

/** Runs `action` when the browser has nothing else to do (within 4 s). */
function requestIdle(action: () => void): void {
  if ("requestIdleCallback" in window) requestIdleCallback(action, { timeout: 4000 });
  else setTimeout(action, 1500);
}

async function setUp(): Promise<void> {
  const figures = [...document.querySelectorAll<HTMLElement>("figure[data-example]")];
  if (figures.length === 0) return;
  let shared: { exampleId: string; code: string | null } | null = null;
  if (location.hash.includes("code=")) {
    const { readFragment } = await import("./share.ts");
    const r = readFragment(location.hash);
    if (r.kind !== "none")
      shared = { exampleId: r.exampleId, code: r.kind === "code" ? r.code : null };
  }
  const playgrounds = figures.map((f) => {
    const id = f.dataset.example!;
    const mine = shared !== null && shared.exampleId === id;
    const p = new ExamplePlayground(f, mine ? shared!.code : null);
    if (mine && shared!.code === null) {
      p.say("This share link is damaged or cut short: showing the lesson's own code.");
    } else if (mine) p.showShared();
    return p;
  });
  // When the browser has nothing else to do, get the first example ready:
  // the sandbox first, then the compiler and the editor.
  requestIdle(() => playgrounds[0]!.warm());
}

void setUp();
