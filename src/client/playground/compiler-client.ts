// The page's handle on the compiler worker, started on first use.
import type { CompileResult } from "./compile.ts";

export type { CompileError } from "./compile.ts";
import type { CompileRequest } from "./compiler.worker.ts";

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: CompileResult) => void>();

function start(): Worker {
  const w = new Worker(new URL("./compiler.worker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<CompileResult & { id: number }>) => {
    const { id, ...result } = event.data;
    waiting.get(id)?.(result as CompileResult);
    waiting.delete(id);
  };
  return w;
}

/** Starts the compiler (and esbuild-wasm) ahead of the first compile. */
export function warmCompiler(): void {
  void compile("export async function main() {}\n", "warm.ts");
}

// Running again (a new seed, a replay) compiles the same text: keep the last few.
const recent = new Map<string, Promise<CompileResult>>();

/** Compiles a learner's program (see compile.ts); with `race`, for the race detector. */
export function compile(source: string, filename: string, race = false): Promise<CompileResult> {
  const key = `${race ? "race" : ""}\n${filename}\n${source}`;
  let result = recent.get(key);
  if (result === undefined) {
    result = compileNow(source, filename, race);
    recent.set(key, result);
    if (recent.size > 8) recent.delete(recent.keys().next().value!);
  }
  return result;
}

function compileNow(source: string, filename: string, race: boolean): Promise<CompileResult> {
  worker ??= start();
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ id, source, filename, race } satisfies CompileRequest);
  });
}
