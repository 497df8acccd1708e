// The program runner, inside a worker inside the sandboxed frame: imports
// the compiled program, runs its main on the runtime with the page's seed and
// limits, streams what it prints, and reports how it ended, with every
// location mapped back to the learner's own lines.
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { sprint } from "go/fmt";
import { type Frame, raceHooks, type RunResult, run } from "go/run";
import * as time from "go/time";
import { goModules } from "./go-modules.ts";
import { goModulesGlobal, raceHooksGlobal } from "./go-modules-global.ts";
import { attempt, describeThrown, gradeChecks } from "../../grading/grade.ts";
import type { Check } from "../../grading/testing.ts";
import { harden } from "../grading/harden.ts";
import type { GradeRequest, RunOutcome, RunReply, RunRequest, TimelineEvent } from "./protocol.ts";

(globalThis as Record<string, unknown>)[goModulesGlobal] = goModules;
// A program compiled for the race detector reads its hooks from here, once, as it loads.
(globalThis as Record<string, unknown>)[raceHooksGlobal] = raceHooks;

// The wall clock, kept before a run points performance.now at virtual time.
const wallNow = performance.now.bind(performance);
// The virtual clock's start, in Unix milliseconds (the Go playground's).
const virtualEpochMilli = Date.UTC(2009, 10, 10, 23, 0, 0);

// The reply channel and the functions that post on it are taken before any
// program code runs, so a program that replaces postMessage, Reflect or
// Function.prototype cannot forge or intercept what the runner reports.
const postOnPort = MessagePort.prototype.postMessage;
const apply = Reflect.apply;
let replies: MessagePort | null = null;
const post = (reply: RunReply) => {
  if (replies !== null) apply(postOnPort, replies, [reply]);
};

self.onmessage = async (event: MessageEvent<RunRequest | GradeRequest>) => {
  const req = event.data;
  if (
    (req?.type !== "run" && req?.type !== "grade") ||
    replies !== null ||
    event.ports[0] === undefined
  )
    return;
  replies = event.ports[0];
  self.onmessage = null;
  if (req.type === "run") post({ type: "done", id: req.id, outcome: await runProgram(req) });
  else await gradeProgram(req);
};

/** Maps stack frames of a module loaded from `url` (compiled with `map`) to `filename`; hides the rest. */
function frameMapper(url: string, map: string, filename: string): (frame: Frame) => Frame | null {
  const sourceMap = new TraceMap(map);
  return (frame) => {
    // A replay's fresh instance of the module has the same URL and a fragment.
    if (frame.file !== url && !frame.file.startsWith(`${url}#`)) return null;
    const pos = originalPositionFor(sourceMap, { line: frame.line, column: frame.column - 1 });
    if (pos.source !== filename || pos.line === null) return null;
    return { fn: frame.fn, file: filename, line: pos.line, column: pos.column + 1 };
  };
}

function moduleUrl(code: string): string {
  return URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
}

// Grading: the checks load first, while everything is pristine; then the
// built-ins are frozen (harden.ts); then the learner's module loads. Each
// verdict goes out over the private reply port as soon as it is known.
async function gradeProgram(req: GradeRequest): Promise<void> {
  const fail = (message: string) => {
    const results = [{ name: "the program loads", pass: false, message, seed: null, seeds: 0 }];
    post({ type: "graded", id: req.id, results });
  };
  let make: (learner: unknown) => Check[];
  try {
    make = (
      (await import(/* @vite-ignore */ moduleUrl(req.checks.code))) as { default: typeof make }
    ).default;
  } catch (e) {
    fail(`the exercise's checks did not load: ${describeThrown(e)}`);
    return;
  }
  harden(goModules, goModulesGlobal);
  const url = moduleUrl(req.learner.code);
  let learner: unknown;
  try {
    learner = await import(/* @vite-ignore */ url);
  } catch (e) {
    fail(`panic: ${describeThrown(e)} (while loading the program, before any check ran)`);
    return;
  }
  let list: Check[];
  try {
    list = make(learner);
  } catch (e) {
    fail(`the checks could not start: ${describeThrown(e)}`);
    return;
  }
  const mapFrame = frameMapper(url, req.learner.map, req.filename);
  const restore = virtualClock();
  try {
    if (req.replay === undefined) {
      const results = await gradeChecks(list, {
        seeds: req.seeds,
        runOptions: { mapFrame },
        onResult: (result) => post({ type: "check", id: req.id, result }),
      });
      post({ type: "graded", id: req.id, results });
      return;
    }
    const { check: name, seed } = req.replay;
    const check = list.find((c) => c.name === name);
    if (check === undefined) {
      fail(`there is no check named ${JSON.stringify(name)}`);
      return;
    }
    const out = new OutputBatcher((text) => post({ type: "output", id: req.id, text }));
    let output = "";
    let last: RunResult | null = null;
    const message = await attempt(
      check,
      seed,
      {
        mapFrame,
        trace: true,
        locations: true,
        onOutput: (text) => {
          output += text;
          out.add(text);
        },
      },
      (r) => {
        last = r;
      },
    );
    out.flush();
    const result = { name, pass: message === null, message: message ?? "", seed, seeds: 1 };
    const timeline = (last as RunResult | null)?.trace.map(timelineEvent) ?? [];
    post({ type: "replayed", id: req.id, replay: { result, output, timeline } });
  } finally {
    restore();
  }
}

async function runProgram(req: RunRequest): Promise<RunOutcome> {
  const url = moduleUrl(req.code);
  const mapFrame = frameMapper(url, req.map, req.filename);

  let program: { main?: unknown };
  try {
    program = await import(/* @vite-ignore */ url);
  } catch (e) {
    return failed(
      req,
      "panic",
      `panic: ${describe(e)}\n\n(while loading the program, before main ran)`,
    );
  }
  if (typeof program.main !== "function") {
    return failed(
      req,
      "panic",
      "the program has no main: export it with `export async function main() { … }`",
    );
  }

  const out = new OutputBatcher((text) => post({ type: "output", id: req.id, text }));
  const restore = virtualClock();
  let result: RunResult;
  try {
    result = await run(program.main as () => unknown, {
      seed: req.seed,
      trace: req.trace,
      locations: req.trace ? true : "auto",
      maxOutputBytes: req.maxOutputBytes,
      maxSteps: req.maxSteps,
      maxGoroutines: req.maxGoroutines,
      race: req.race === true,
      onOutput: (text) => out.add(text),
      mapFrame,
      // Locations for a dump come from a replay on a fresh instance of the
      // module (the fragment makes a new module record), so the program's
      // main runs once per instance and module-level state starts afresh.
      replay: async () => {
        const fresh = (await import(/* @vite-ignore */ `${url}#replay`)) as { main?: unknown };
        return fresh.main as () => unknown;
      },
    });
  } finally {
    restore();
    out.flush();
  }
  return {
    seed: result.seed,
    exitCode: result.exitCode,
    error: result.error && {
      kind: result.error.kind,
      message: result.error.message,
      goroutines: result.error.goroutines,
    },
    elapsed: result.elapsed,
    leaked: result.leaked,
    timeline: result.trace.map(timelineEvent),
    timelineTruncated: result.traceTruncated,
  };
}

function failed(req: RunRequest, kind: string, message: string): RunOutcome {
  return {
    seed: req.seed,
    exitCode: 2,
    error: { kind, message, goroutines: [] },
    elapsed: 0,
    leaked: [],
    timeline: [],
    timelineTruncated: false,
  };
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name === "Error" ? "" : `${e.name}: `}${e.message}` : String(e);
}

function timelineEvent(e: RunResult["trace"][number]): TimelineEvent {
  const out: TimelineEvent = { t: e.t, g: e.g, kind: e.kind };
  if (e.ch !== undefined) out.ch = e.ch;
  if (e.reason !== undefined) out.reason = e.reason;
  if ("value" in e) out.value = sprint(e.value);
  if (e.case !== undefined) out.case = e.case;
  if (e.child !== undefined) out.child = e.child;
  if (e.text !== undefined) out.text = e.text;
  if (e.loc !== undefined) out.line = e.loc.line;
  return out;
}

// Output goes to the page in pieces of a few kilobytes, or every 20 ms,
// rather than one message per print.
class OutputBatcher {
  private pending = "";
  private last = wallNow();

  constructor(private readonly send: (text: string) => void) {}

  add(text: string): void {
    this.pending += text;
    const now = wallNow();
    if (this.pending.length > 4096 || now - this.last > 20) this.flush(now);
  }

  flush(now = wallNow()): void {
    this.last = now;
    if (this.pending === "") return;
    this.send(this.pending);
    this.pending = "";
  }
}

// Inside a run, the program's clocks read virtual time, so that a seed
// reproduces everything it can observe (Math.random is seeded by run()).
function virtualClock(): () => void {
  const realDateNow = Date.now;

  Date.now = () => {
    try {
      return time.now().unixMilli();
    } catch {
      return realDateNow();
    }
  };
  performance.now = () => {
    try {
      return time.now().unixMilli() - virtualEpochMilli;
    } catch {
      return wallNow();
    }
  };
  return () => {
    Date.now = realDateNow;
    performance.now = wallNow;
  };
}
