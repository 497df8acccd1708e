// Source locations for goroutine dumps, panics, leaks and trace events, the
// job of Go's runtime/traceback.go. JavaScript only offers the text of an
// Error's stack, so we capture that text and parse it, and let the embedder
// (the site's compiler, with its source maps) map each frame back to the
// learner's own lines.
//
// Capturing a stack costs microseconds, far more than a channel operation, so
// the scheduler captures only when a run asks for locations (see run.ts).

/** A place in a source file; lines and columns count from 1. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/** One frame of a stack: a function name and where it was executing. */
export interface Frame extends Location {
  /** The function's name as the engine reports it; "" when anonymous. */
  fn: string;
}

/**
 * Maps a raw frame to the learner's source, or returns null to hide it
 * (runtime internals, bundler glue). The site passes one built on the
 * compiler's source map; without it, frames from `runtime/` itself and from
 * the host (node:, node_modules) are hidden.
 */
export type FrameMapper = (frame: Frame) => Frame | null;

// "    at fn (file:line:col)", "    at async fn (file:line:col)",
// "    at file:line:col" (V8), and "fn@file:line:col" (SpiderMonkey, JSC).
const V8_FRAME = /^\s*at (?:(?:async )?(.*?) \()?(.*?):(\d+):(\d+)\)?$/;
const GECKO_FRAME = /^(.*?)@(.*?):(\d+):(\d+)$/;

/** Parses the text of an Error's stack into frames; unknown lines are skipped. */
export function parseStack(stack: string | undefined): Frame[] {
  if (!stack) return [];
  const frames: Frame[] = [];
  for (const text of stack.split("\n")) {
    const m = V8_FRAME.exec(text) ?? GECKO_FRAME.exec(text);
    if (m === null) continue;
    frames.push({
      fn: (m[1] ?? "").replace(/^async /, ""),
      file: m[2]!,
      line: Number(m[3]),
      column: Number(m[4]),
    });
  }
  return frames;
}

// Taken at load, before any program runs.
const NativeError = Error;

type ErrorWithHook = { prepareStackTrace?: unknown };

/**
 * Reads `read()` (a stack) with the host's `Error.prepareStackTrace` (a
 * source-map hook of the test runner, say); if that throws (a program may
 * have set one that does), reads it again in the engine's own format, so a
 * panic is still reported. Never throws.
 */
function readStack(read: () => unknown): string | undefined {
  const E = NativeError as unknown as ErrorWithHook;
  try {
    const stack = read();
    return typeof stack === "string" ? stack : undefined;
  } catch {
    const prepare = E.prepareStackTrace;
    try {
      E.prepareStackTrace = undefined;
      const stack = read();
      return typeof stack === "string" ? stack : undefined;
    } catch {
      return undefined;
    } finally {
      try {
        E.prepareStackTrace = prepare;
      } catch {
        // A locked-down realm keeps its own value: nothing to restore.
      }
    }
  }
}

/** Captures the current stack as text, deep enough to reach user code. */
export function captureStack(): string {
  const E = NativeError;
  const limit = E.stackTraceLimit;
  try {
    E.stackTraceLimit = 50;
  } catch {
    // A locked-down realm: its limit stands.
  }
  // Formatting is lazy: the hook runs when `stack` is read, not at `new`.
  const err = new E();
  const stack = readStack(() => err.stack) ?? "";
  try {
    E.stackTraceLimit = limit;
  } catch {
    // As above.
  }
  return stack;
}

/** The stack of a thrown Error, or undefined if it cannot be read. */
export function errorStack(err: Error): string | undefined {
  return readStack(() => err.stack);
}

// The runtime's own directory, found from this module's own frame, so that
// the default mapper can hide runtime frames wherever the package is served.
const runtimeDir = ((): string => {
  const self = parseStack(new Error().stack)[0];
  if (self === undefined) return "\0";
  const cut = self.file.lastIndexOf("/");
  return cut < 0 ? self.file : self.file.slice(0, cut + 1);
})();

/**
 * The default mapper: hides runtime, host and dependency frames. The
 * runtime's tests live beside its code, and their frames are user code.
 */
export const defaultFrameMapper: FrameMapper = (frame) => {
  const f = frame.file;
  const internal = f.startsWith(runtimeDir) && !f.includes(".test.");
  if (internal || f.startsWith("node:") || f.includes("/node_modules/"))
    return null;
  return frame;
};

/** The user frames of a captured stack, innermost first. */
export function userFrames(
  stack: string | undefined,
  mapFrame: FrameMapper,
): Frame[] {
  const out: Frame[] = [];
  for (const frame of parseStack(stack)) {
    const mapped = mapFrame(frame);
    if (mapped !== null) out.push(mapped);
  }
  return out;
}

/** Formats frames as Go's traceback does: the call, then a tab and the place. */
export function formatFrames(frames: readonly Frame[]): string {
  let out = "";
  for (const f of frames)
    out += `${funcName(f.fn)}()\n\t${f.file}:${f.line}:${f.column}\n`;
  return out;
}

/** A function name in Go's traceback style: `main.worker`, `main.main.func1`. */
export function funcName(fn: string): string {
  return fn === "" || fn === "<anonymous>" ? "main.func" : `main.${fn}`;
}
