// Compiling and loading a learner's program in Node, the way the site's
// compiler and sandbox do in the browser (compile.ts, sandbox-runner.ts):
// for tests, and for graders that need a program built for the race
// detector. Node only: it uses the native esbuild.
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import * as esbuild from "esbuild";
import {
  type Frame,
  type FrameMapper,
  raceHooks,
  run,
  type RunOptions,
  type RunResult,
} from "go/run";
import { buildOptions, raceSource } from "./compile.ts";
import { goModules } from "./go-modules.ts";
import { goModulesGlobal } from "./go-modules-global.ts";
import { raceHooksGlobal } from "./race-instrument.ts";

/** A compiled program: its module text, source map, and the frame mapper for its runs. */
export interface NodeProgram<M> {
  code: string;
  map: string;
  module: M;
  mapFrame: FrameMapper;
}

/** Compiles `source` as `filename` (instrumented for the race detector if `race`) and imports it. */
export async function compileProgram<M = { main: () => unknown }>(
  source: string,
  filename: string,
  options: { race?: boolean } = {},
): Promise<NodeProgram<M>> {
  const input = options.race ? await raceSource(esbuild.transform, source, filename) : source;
  const out = await esbuild.build(buildOptions(input, filename, options.race ? "js" : "ts"));
  const code = out.outputFiles!.find((f) => f.path.endsWith(".js"))!.text;
  const map = out.outputFiles!.find((f) => f.path.endsWith(".map"))!.text;
  const g = globalThis as Record<string, unknown>;
  g[goModulesGlobal] = goModules;
  g[raceHooksGlobal] = raceHooks;
  const url = `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`;
  const module = (await import(/* @vite-ignore */ url)) as M;
  return { code, map, module, mapFrame: frameMapper(url, map, filename) };
}

function frameMapper(url: string, map: string, filename: string): FrameMapper {
  const trace = new TraceMap(map);
  return (frame: Frame) => {
    if (frame.file !== url) return null;
    const pos = originalPositionFor(trace, { line: frame.line, column: frame.column - 1 });
    if (pos.source !== filename || pos.line === null) return null;
    return { fn: frame.fn, file: filename, line: pos.line, column: pos.column + 1 };
  };
}

/** Compiles `source` with race instrumentation and runs its main with the detector on; `output` is stdout and the reports, as a terminal shows them. */
export async function runWithRace(
  source: string,
  filename: string,
  options: Omit<RunOptions, "race" | "mapFrame"> = {},
): Promise<RunResult & { output: string }> {
  const p = await compileProgram(source, filename, { race: true });
  let output = "";
  const r = await run(p.module.main, {
    ...options,
    race: true,
    mapFrame: p.mapFrame,
    onOutput: (text) => {
      output += text;
      options.onOutput?.(text);
    },
  });
  return { ...r, output };
}
