// The `go/run` module: the embedding API that runs a program.
export {
  type GoroutineInfo,
  type Main,
  run,
  type RunError,
  type RunOptions,
  type RunResult,
} from "../run.ts";
export {
  caseLocation,
  type Choice,
  Chooser,
  type Decision,
  type ReadyCase,
} from "../chooser.ts";
export { untraceGoroutine } from "../sched.ts";
export type { RaceAccess, RaceReport } from "../race.ts";
/** What race-instrumented code calls: publish it as `globalThis.__goRace` before loading such a program. */
export * as raceHooks from "../race-hooks.ts";
export type { TraceEvent, TraceKind } from "../trace.ts";
export type { Frame, FrameMapper, Location } from "../traceback.ts";
