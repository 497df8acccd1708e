// The page's side of the sandbox: it owns the sandboxed frame, the wall-clock
// watchdog and the output caps. A program that loops forever, floods the
// output or crashes its worker is stopped here, and the page, the editor and
// the learner's code carry on; the next run gets a fresh worker (and, after a
// kill, a fresh frame).
import type { CheckResult, Replay } from "../../grading/protocol.ts";
import type { GradeRequest, RunOutcome, RunReply, RunRequest } from "./protocol.ts";

/** Limits the page enforces from outside the sandbox. */
export interface WatchLimits {
  /** Wall-clock time a run may take (default 5 s). */
  timeoutMs: number;
  /** Output bytes and lines the page will show (default 1 MB, 10,000 lines). */
  maxBytes: number;
  maxLines: number;
}

export const defaultWatchLimits: WatchLimits = {
  timeoutMs: 5000,
  maxBytes: 1_000_000,
  maxLines: 10_000,
};

/** How a run ended: the program's own outcome, or the page stopped it. */
export type RunEnd = { kind: "done"; outcome: RunOutcome } | { kind: "stopped"; message: string };

/** How a grading ended: every verdict, a replay, or the page stopped it (then no check passed). */
export type GradeEnd =
  | { kind: "graded"; results: CheckResult[] }
  | { kind: "replayed"; replay: Replay }
  | { kind: "stopped"; message: string };

type End = RunEnd | GradeEnd;

type Pending = {
  id: number;
  onOutput: (text: string) => void;
  onCheck: (result: CheckResult) => void;
  finish: (end: End) => void;
  bytes: number;
  lines: number;
};

/** Grading takes longer than a run: every check under every seed. */
const gradeTimeoutMs = 10_000;

export class Sandbox {
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  private ready: Promise<void> | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor(
    private readonly scripts: { frameScript: string; runnerScript: string },
    private readonly limits: WatchLimits = defaultWatchLimits,
  ) {}

  /** Creates the frame ahead of the first run, so that run starts warm. */
  warm(): Promise<void> {
    this.ready ??= this.start();
    return this.ready;
  }

  /**
   * Runs a compiled program; `onOutput` receives what it prints as it prints
   * it. Exploring schedules runs it many times, and has `timeoutMs` for all.
   */
  run(
    request: Omit<RunRequest, "type" | "id">,
    onOutput: (text: string) => void,
    timeoutMs = this.limits.timeoutMs,
  ): Promise<RunEnd> {
    return this.send({ type: "run", ...request }, timeoutMs, onOutput, () => {}) as Promise<RunEnd>;
  }

  /**
   * Grades a compiled program against compiled checks in a fresh worker;
   * `onCheck` receives each verdict as it is known. If the program stops the
   * grader (it runs too long, crashes, or ends its worker), no check passes.
   */
  grade(
    request: Omit<GradeRequest, "type" | "id">,
    onCheck: (result: CheckResult) => void,
    onOutput: (text: string) => void,
  ): Promise<GradeEnd> {
    return this.send(
      { type: "grade", ...request },
      gradeTimeoutMs,
      onOutput,
      onCheck,
    ) as Promise<GradeEnd>;
  }

  private async send(
    request: Omit<RunRequest, "id"> | Omit<GradeRequest, "id">,
    timeoutMs: number,
    onOutput: (text: string) => void,
    onCheck: (result: CheckResult) => void,
  ): Promise<End> {
    this.stop("superseded by a new run");
    await this.warm();
    const id = this.nextId++;
    return new Promise<End>((resolve) => {
      const timer = setTimeout(() => {
        this.kill(
          request.type === "run"
            ? `program ran longer than ${timeoutMs / 1000} s and was stopped`
            : `grading took longer than ${timeoutMs / 1000} s and was stopped: does the program end?`,
        );
      }, timeoutMs);
      this.pending = {
        id,
        onOutput,
        onCheck,
        bytes: 0,
        lines: 0,
        finish: (end) => {
          clearTimeout(timer);
          this.pending = null;
          resolve(end);
        },
      };
      this.port!.postMessage({ id, ...request });
    });
  }

  /** Stops the running program, if any. */
  stop(message = "stopped"): void {
    if (this.pending === null) return;
    this.port?.postMessage({ type: "stop" });
    this.pending.finish({ kind: "stopped", message });
  }

  private kill(message: string): void {
    if (this.pending === null) return;
    this.pending.finish({ kind: "stopped", message });
    // A worker stuck in a loop is ended with its frame; the next run gets a new one.
    this.frame?.remove();
    this.frame = this.port = this.ready = null;
  }

  private start(): Promise<void> {
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.title = "Program sandbox";
    frame.style.display = "none";
    frame.srcdoc = frameDocument(this.scripts.frameScript);
    const channel = new MessageChannel();
    this.frame = frame;
    this.port = channel.port1;
    return new Promise<void>((resolve) => {
      channel.port1.onmessage = (event) => {
        if ((event.data as { type?: string })?.type === "ready") resolve();
        else this.onReply(event.data as RunReply | { type: "crash"; id: number; message: string });
      };
      frame.addEventListener("load", () => {
        frame.contentWindow!.postMessage({ type: "init", runner: this.scripts.runnerScript }, "*", [
          channel.port2,
        ]);
      });
      document.body.append(frame);
    });
  }

  private onReply(reply: RunReply | { type: "crash"; id: number; message: string }): void {
    const p = this.pending;
    // Anything the program itself posts is ignored unless it is exactly a
    // reply to the run in progress; it can only ever affect its own output.
    if (p === null || reply?.id !== p.id) return;
    if (reply.type === "output" && typeof reply.text === "string") {
      // The runner caps what it posts; this holds even if it did not.
      const room = Math.max(0, this.limits.maxBytes - p.bytes);
      const text =
        reply.text.length > room
          ? `${reply.text.slice(0, room)}\n… [${(reply.text.length - room).toLocaleString("en")} more characters cut]\n`
          : reply.text;
      p.bytes += reply.text.length;
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) p.lines++;
      if (p.bytes > this.limits.maxBytes || p.lines > this.limits.maxLines) {
        p.onOutput(text);
        this.kill(
          p.lines > this.limits.maxLines
            ? `program printed more than ${this.limits.maxLines.toLocaleString("en")} lines and was stopped`
            : `program printed more than ${Math.round(this.limits.maxBytes / 1e6)} MB and was stopped`,
        );
        return;
      }
      p.onOutput(text);
    } else if (reply.type === "done") {
      p.finish({ kind: "done", outcome: reply.outcome });
    } else if (reply.type === "check") {
      p.onCheck(reply.result);
    } else if (reply.type === "graded") {
      p.finish({ kind: "graded", results: reply.results });
    } else if (reply.type === "replayed") {
      p.finish({ kind: "replayed", replay: reply.replay });
    } else if (reply.type === "crash") {
      const why = String(reply.message).slice(0, 500);
      this.kill(`the program crashed its worker (${why}); it may have run out of memory`);
    }
  }
}

// The frame's document: a policy that allows scripts only from itself and
// blob: URLs and no network at all, then the frame's script.
function frameDocument(script: string): string {
  const policy = "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:";
  const safe = script.replaceAll("</script", "<\\/script");
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><script>${safe}</script>`;
}
