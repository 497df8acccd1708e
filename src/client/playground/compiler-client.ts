// The page's handle on the compiler worker, started on first use.
import type { CompileResult } from "./compile.ts";

export type { CompileError } from "./compile.ts";
import type { CompileRequest } from "./compiler.worker.ts";

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: CompileResult) => void>();

/**
 * How long one compile may take (the first includes starting esbuild-wasm)
 * before the compiler is deemed stuck and replaced: generous, so that a busy
 * machine is not taken for a stuck compiler.
 */
const compileTimeoutMs = 60_000;

/** What the learner reads when the compiler itself failed on their program. */
function compilerFailed(why: string): CompileResult {
  return {
    ok: false,
    errors: [
      {
        line: 1,
        column: 1,
        message: `the compiler failed on this program (${why}) and has been restarted: is something nested very deeply? Change the code and run again`,
      },
    ],
  };
}

// A compiler that failed is replaced, never reused: esbuild-wasm out of
// stack stays broken. Every compile waiting on it gets the failure.
function replace(why: string): void {
  worker?.terminate();
  worker = null;
  const pending = [...waiting.values()];
  waiting.clear();
  for (const resolve of pending) resolve(compilerFailed(why));
}

function start(): Worker {
  const w = new Worker(new URL("./compiler.worker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<(CompileResult | { broken: string }) & { id: number }>) => {
    if (w !== worker) return;
    const { id, ...result } = event.data;
    if ("broken" in result) {
      const resolve = waiting.get(id);
      waiting.delete(id);
      resolve?.(compilerFailed(result.broken));
      replace(result.broken);
      return;
    }
    waiting.get(id)?.(result);
    waiting.delete(id);
  };
  w.onerror = (event) => {
    event.preventDefault();
    if (w === worker) replace(event.message || "the compiler's worker stopped");
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
    const now = compileNow(source, filename, race);
    result = now;
    recent.set(key, now);
    if (recent.size > 8) recent.delete(recent.keys().next().value!);
    // A compiler failure is not the program's answer: the next try compiles afresh.
    void now.then((r) => {
      if (!r.ok && r.errors.some((e) => e.message.startsWith("the compiler failed")))
        recent.delete(key);
    });
  }
  return result;
}

function compileNow(source: string, filename: string, race: boolean): Promise<CompileResult> {
  worker ??= start();
  const mine = worker;
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (waiting.has(id) && worker === mine) {
        replace(`it took longer than ${compileTimeoutMs / 1000} s`);
      }
    }, compileTimeoutMs);
    waiting.set(id, (r) => {
      clearTimeout(timer);
      resolve(r);
    });
    mine.postMessage({ id, source, filename, race } satisfies CompileRequest);
  });
}
