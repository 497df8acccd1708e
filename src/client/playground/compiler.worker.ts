// The compiler worker: esbuild-wasm, started once and kept warm, turns the
// learner's TypeScript into a module and a source map (see compile.ts).
import * as esbuild from "esbuild-wasm";
import wasmURL from "esbuild-wasm/esbuild.wasm?url";
import { type CompileResult, compileWith } from "./compile.ts";

/** A request: compile `source`, naming it `filename` in messages; with `race`, instrumented for the race detector. */
export interface CompileRequest {
  id: number;
  source: string;
  filename: string;
  race?: boolean;
}

let started: Promise<void> | null = null;

self.onmessage = async (event: MessageEvent<CompileRequest>) => {
  const { id, source, filename, race } = event.data;
  let result: CompileResult;
  try {
    // The worker is already off the page's thread: esbuild need not start another.
    started ??= esbuild.initialize({ wasmURL, worker: false });
    await started;
    result = await compileWith(esbuild, source, filename, race);
  } catch (e) {
    // Not a compile error but the compiler failing (esbuild-wasm out of
    // stack on deeply nested code, say): it may be broken for good, so
    // this worker asks to be replaced (compiler-client.ts).
    const message = (e as { message?: string })?.message;
    self.postMessage({ id, broken: String(message ?? e).slice(0, 300) });
    return;
  }
  self.postMessage({ id, ...result });
};
