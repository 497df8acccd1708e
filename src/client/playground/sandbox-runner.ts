// The program runner, inside a worker inside the sandboxed frame: imports
// the compiled program, runs its main on the runtime with the page's seed and
// limits, streams what it prints, and reports how it ended, with every
// location mapped back to the learner's own lines.
//
// The order matters. This script loads (the runtime, the grader and the
// built-ins they capture), then locks the realm (../grading/harden.ts), and
// only then, on request, a program. Every run is locked the same way, so a
// program cannot tell a grading from a run by its built-ins. Everything
// posted to the page is capped first (../../grading/clip.ts).
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { sprint } from "go/fmt";
import {
  caseLocation,
  type Choice,
  Chooser,
  type Frame,
  type GoroutineInfo,
  raceHooks,
  type RunResult,
  run,
} from "go/run";
import * as time from "go/time";
import { goModules } from "./go-modules.ts";
import { goModulesGlobal, raceHooksGlobal } from "./go-modules-global.ts";
import { clipMessage, clipText, textLimits } from "../../grading/clip.ts";
import { attempt, describeThrown, gradeChecks } from "../../grading/grade.ts";
import {
  ArrayPrototypePush,
  JSONStringify,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectFreeze,
  ReflectOwnKeys,
  StringPrototypeSlice,
} from "../../grading/primordials.ts";
import type { CheckResult } from "../../grading/protocol.ts";
import type { Check } from "../../grading/testing.ts";
import { lockdown, publish } from "../grading/harden.ts";
import {
  type GradeRequest,
  type RunOutcome,
  type RunReply,
  type RunRequest,
  type ScheduleRun,
  scheduleOutputLimit,
  type StepChoice,
  type TimelineEvent,
} from "./protocol.ts";

// The wall clock, kept before a run points performance.now at virtual time.
const wallNow = performance.now.bind(performance);
// The virtual clock's start, in Unix milliseconds (the Go playground's).
const virtualEpochMilli = Date.UTC(2009, 10, 10, 23, 0, 0);

// The reply channel and the functions that post on it are taken before any
// program code runs, so a program that replaces postMessage, Reflect or
// Function.prototype cannot forge or intercept what the runner reports.
const postOnPort = MessagePort.prototype.postMessage;
const apply = Reflect.apply;
const createObjectURL = URL.createObjectURL;
const NativeBlob = Blob;
let replies: MessagePort | null = null;
const post = (reply: RunReply) => {
  if (replies !== null) apply(postOnPort, replies, [reply]);
};

lockdown();
publish(goModules, goModulesGlobal);
// A program compiled for the race detector reads its hooks from here, once, as it loads.
publish(raceHooks, raceHooksGlobal, false);

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
  if (req.type === "run") {
    const outcome = req.schedules === undefined ? await runProgram(req) : await exploreProgram(req);
    post({ type: "done", id: req.id, outcome });
  } else await gradeProgram(req);
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
  return createObjectURL(new NativeBlob([code], { type: "text/javascript" }));
}

/**
 * Imports the module at `url` and reads its exports as data. `await
 * import(url)` would treat a module that exports `then` as a promise and let
 * it choose what we get, so the module is imported by a module of ours,
 * whose only export is the program's namespace; each export is then read
 * once, by name, into a frozen object. That object may have a `then` of its
 * own: it travels in a box, since an async function's result is resolved.
 */
async function exportsOf(url: string): Promise<{ exports: Record<string, unknown> }> {
  const wrapper = moduleUrl(`import * as ns from ${JSONStringify(url)};\nexport { ns };\n`);
  const { ns } = (await import(/* @vite-ignore */ wrapper)) as { ns: Record<string, unknown> };
  const exports = ObjectCreate(null) as Record<string, unknown>;
  const names = ReflectOwnKeys(ns);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (typeof name !== "string") continue;
    ObjectDefineProperty(exports, name, { value: ns[name], enumerable: true });
  }
  return { exports: ObjectFreeze(exports) };
}

/** A verdict as the page may show it: its message capped. */
function capped(result: CheckResult): CheckResult {
  return {
    name: clipText(result.name, textLimits.value),
    pass: result.pass === true,
    message: clipMessage(result.message),
    seed: result.seed,
    seeds: result.seeds,
  };
}

// Grading: the checks load first, while everything is pristine; then the
// built-ins are frozen (harden.ts); then the learner's module loads. Each
// verdict goes out over the private reply port as soon as it is known.
async function gradeProgram(req: GradeRequest): Promise<void> {
  const fail = (message: string) => {
    const results = [
      capped({ name: "the program loads", pass: false, message, seed: null, seeds: 0 }),
    ];
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
  const url = moduleUrl(req.learner.code);
  let learner: unknown;
  try {
    ({ exports: learner } = await exportsOf(url));
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
      const results: CheckResult[] = [];
      await gradeChecks(list, {
        seeds: req.seeds,
        runOptions: { mapFrame },
        onResult: (result) => {
          const shown = capped(result);
          ArrayPrototypePush(results, shown);
          post({ type: "check", id: req.id, result: shown });
        },
      });
      post({ type: "graded", id: req.id, results });
      return;
    }
    const { check: name, seed } = req.replay;
    let check: Check | undefined;
    for (let i = 0; i < list.length; i++) if (list[i]!.name === name) check = list[i];
    if (check === undefined) {
      fail(`there is no check named ${JSON.stringify(name)}`);
      return;
    }
    const out = new OutputBatcher(
      (text) => post({ type: "output", id: req.id, text }),
      replayOutputLimit,
    );
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
          if (output.length < replayOutputLimit) output += text;
          out.add(text);
        },
      },
      (r) => {
        last = r;
      },
    );
    out.flush();
    const result = capped({ name, pass: message === null, message: message ?? "", seed, seeds: 1 });
    const timeline = timelineOf((last as RunResult | null)?.trace ?? []);
    post({
      type: "replayed",
      id: req.id,
      replay: { result, output: clipText(output, replayOutputLimit), timeline },
    });
  } finally {
    restore();
  }
}

async function runProgram(req: RunRequest): Promise<RunOutcome> {
  const url = moduleUrl(req.code);
  const mapFrame = frameMapper(url, req.map, req.filename);

  let program: { main?: unknown };
  try {
    ({ exports: program } = await exportsOf(url));
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

  const out = new OutputBatcher(
    (text) => post({ type: "output", id: req.id, text }),
    req.maxOutputBytes,
  );
  const restore = virtualClock();
  // Step mode: the learner's choices, then the seed's.
  const chooser = req.choices === undefined ? undefined : new Chooser(req.choices, req.seed);
  let result: RunResult;
  try {
    result = await run(program.main as () => unknown, {
      ...(chooser === undefined ? {} : { chooser }),
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
        const { exports: fresh } = await exportsOf(`${url}#replay`);
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
      message: clipMessage(result.error.message),
      goroutines: goroutinesOf(result.error.goroutines),
    },
    elapsed: result.elapsed,
    leaked: goroutinesOf(result.leaked),
    timeline: timelineOf(result.trace),
    timelineTruncated: result.traceTruncated,
    ...(chooser === undefined ? {} : { choices: stepChoices(chooser.made, result.trace) }),
  };
}

/** Step mode's choices as the page gets them: the first 100,000. */
function stepChoices(made: readonly Choice[], trace: RunResult["trace"]): StepChoice[] {
  const out: StepChoice[] = [];
  const n = made.length < 100_000 ? made.length : 100_000;
  for (let i = 0; i < n; i++) {
    const c = made[i]!;
    const choice: StepChoice = {
      why: c.why,
      n: c.n,
      value: c.value,
      events: c.events,
      open: c.open,
    };
    if (c.goroutines !== undefined) choice.goroutines = c.goroutines;
    if (c.cases !== undefined) {
      const cases: { index: number; kind: string; ch: number }[] = [];
      for (let k = 0; k < c.cases.length; k++) {
        const r = c.cases[k]!;
        ArrayPrototypePush(cases, { index: r.index, kind: r.kind, ch: r.ch });
      }
      choice.cases = cases;
    }
    if (c.ncases !== undefined) choice.ncases = c.ncases;
    if (c.g !== undefined) choice.g = c.g;
    const loc = caseLocation(c, trace);
    if (loc !== undefined) {
      choice.line = loc.line;
      choice.column = loc.column;
    }
    ArrayPrototypePush(out, choice);
  }
  return out;
}

// Explore schedules: the program under many seeds, each on a fresh instance
// of its module (module-level state starts afresh, as in a new process),
// without trace or locations, keeping what each printed and how it ended.
async function exploreProgram(req: RunRequest): Promise<RunOutcome> {
  const url = moduleUrl(req.code);
  const schedules: ScheduleRun[] = [];
  const count = Math.min(Math.max(1, Math.floor(req.schedules ?? 1)), 10_000);
  const restore = virtualClock();
  try {
    for (let k = 0; k < count; k++) {
      const seed = req.seed + k;
      let main: unknown;
      try {
        main = (await exportsOf(k === 0 ? url : `${url}#seed-${seed}`)).exports.main;
      } catch (e) {
        return failed(req, "panic", `panic: ${describe(e)}\n\n(while loading the program)`);
      }
      if (typeof main !== "function") return failed(req, "panic", "the program has no main");
      let output = "";
      const result = await run(main as () => unknown, {
        seed,
        trace: false,
        locations: false,
        maxOutputBytes: req.maxOutputBytes,
        maxSteps: req.maxSteps,
        maxGoroutines: req.maxGoroutines,
        race: req.race === true,
        onOutput: (text) => {
          if (output.length < scheduleOutputLimit) output += text;
        },
      });
      const error = result.error === null ? null : result.error.message.split("\n", 1)[0]!;
      ArrayPrototypePush(schedules, {
        seed,
        output: StringPrototypeSlice(output, 0, scheduleOutputLimit),
        exitCode: result.exitCode,
        error: error === null ? null : clipText(error, textLimits.value, ""),
      });
    }
  } finally {
    restore();
  }
  return { ...failed(req, "", ""), exitCode: 0, error: null, schedules };
}

function failed(req: RunRequest, kind: string, message: string): RunOutcome {
  return {
    seed: req.seed,
    exitCode: 2,
    error: { kind, message: clipMessage(message), goroutines: [] },
    elapsed: 0,
    leaked: [],
    timeline: [],
    timelineTruncated: false,
  };
}

// What a program threw while loading, as Go's panic line says it
// ("panic: boom"); never throws, whatever was thrown.
function describe(e: unknown): string {
  const text = describeThrown(e);
  return text.startsWith("error: ") ? text.slice("error: ".length) : text;
}

/** Output a replay keeps and shows (a run's own limit is the page's). */
const replayOutputLimit = 1_000_000;

/** A dump's goroutines as the page gets them: at most textLimits.goroutines, names capped. */
function goroutinesOf(list: readonly GoroutineInfo[]): GoroutineInfo[] {
  const out: GoroutineInfo[] = [];
  const n = list.length < textLimits.goroutines ? list.length : textLimits.goroutines;
  for (let i = 0; i < n; i++) {
    const g = list[i]!;
    const frames: Frame[] = [];
    for (let j = 0; j < g.frames.length && j < 64; j++) {
      const f = g.frames[j]!;
      ArrayPrototypePush(frames, { ...f, fn: clipText(f.fn, 200, "") });
    }
    ArrayPrototypePush(out, {
      id: g.id,
      waitReason: clipText(g.waitReason, 200, ""),
      location: g.location,
      frames,
      createdBy: g.createdBy,
    });
  }
  return out;
}

function timelineOf(trace: RunResult["trace"]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (let i = 0; i < trace.length; i++) ArrayPrototypePush(out, timelineEvent(trace[i]!));
  return out;
}

function timelineEvent(e: RunResult["trace"][number]): TimelineEvent {
  const out: TimelineEvent = { t: e.t, g: e.g, kind: e.kind };
  if (e.ch !== undefined) out.ch = e.ch;
  if (e.reason !== undefined) out.reason = e.reason;
  if ("value" in e) out.value = clipText(safeSprint(e.value), textLimits.value, "");
  if (e.case !== undefined) out.case = e.case;
  if (e.child !== undefined) out.child = e.child;
  if (e.text !== undefined) out.text = clipText(e.text, textLimits.value, "");
  if (e.loc !== undefined) out.line = e.loc.line;
  return out;
}

function safeSprint(v: unknown): string {
  try {
    return sprint(v);
  } catch {
    return "<a value that cannot be printed>";
  }
}

// Output goes to the page in pieces of a few kilobytes, or every 20 ms,
// rather than one message per print, and no more than `limit` characters
// of it in all: a single print of a hundred megabytes is cut here, before
// it is posted, and the page is told how much was cut.
class OutputBatcher {
  private pending = "";
  private last = wallNow();
  private room: number;
  private cut = 0;

  constructor(
    private readonly send: (text: string) => void,
    limit: number,
  ) {
    this.room = limit;
  }

  add(text: string): void {
    if (text.length > this.room) {
      this.cut += text.length - this.room;
      text = StringPrototypeSlice(text, 0, this.room);
    }
    this.room -= text.length;
    this.pending += text;
    const now = wallNow();
    if (this.pending.length > 4096 || now - this.last > 20) this.flush(now);
  }

  flush(now = wallNow()): void {
    this.last = now;
    if (this.cut > 0) {
      this.pending += `\n… [${this.cut} more characters of output cut]\n`;
      this.cut = 0;
    }
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
