// Compiling a learner's TypeScript to a module the sandbox can import, with
// esbuild: types are stripped, `go` imports become reads from the runtime
// the sandbox provides, and a source map leads back to the learner's lines.
// Shared by the compiler worker (esbuild-wasm) and the tests (esbuild).
import type {
  BuildOptions,
  BuildResult,
  Message,
  Plugin,
  TransformOptions,
  TransformResult,
} from "esbuild";
import { goModulesGlobal } from "./go-modules-global.ts";

/** The modules learner code may import. */
export const goModuleNames = [
  "go",
  "go/context",
  "go/errgroup",
  "go/errors",
  "go/fmt",
  "go/runtime",
  "go/singleflight",
  "go/sync",
  "go/sync/atomic",
  "go/synctest",
  "go/time",
];

/** A compile error, pointing at the learner's line. */
export interface CompileError {
  line: number;
  column: number;
  message: string;
}

export type CompileResult =
  { ok: true; code: string; map: string } | { ok: false; errors: CompileError[] };

// Each `go/...` import becomes a CommonJS-style module reading the runtime's
// table, so esbuild needs no list of export names; the editor's type checker
// has already caught a name that does not exist.
const goImports: Plugin = {
  name: "go-modules",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      if (goModuleNames.includes(args.path)) return { path: args.path, namespace: "go" };
      return {
        errors: [
          {
            text: `cannot import "${args.path}": a program may import only the go modules (${goModuleNames.map((n) => `"${n}"`).join(", ")})`,
          },
        ],
      };
    });
    build.onLoad({ filter: /.*/, namespace: "go" }, (args) => ({
      contents: `module.exports = globalThis[${JSON.stringify(goModulesGlobal)}][${JSON.stringify(args.path)}];`,
      loader: "js",
    }));
  },
};

/** The esbuild options for a learner's file named `filename` (JavaScript, for a race build: see raceSource). */
export function buildOptions(
  source: string,
  filename: string,
  loader: "ts" | "js" = "ts",
): BuildOptions {
  return {
    stdin: { contents: source, loader, sourcefile: filename },
    bundle: true,
    format: "esm",
    target: "es2022",
    write: false,
    sourcemap: "external",
    outfile: "program.js",
    logLevel: "silent",
    plugins: [goImports],
  };
}

/** Turns esbuild's messages into compile errors at the learner's lines. */
export function compileErrors(messages: readonly Message[]): CompileError[] {
  return messages.map((m) => ({
    line: m.location?.line ?? 1,
    column: (m.location?.column ?? 0) + 1,
    message: m.text,
  }));
}

/** The two calls of esbuild's API that compiling needs: native esbuild's or esbuild-wasm's. */
export interface EsbuildApi {
  build(options: BuildOptions): Promise<BuildResult>;
  transform(input: string, options: TransformOptions): Promise<TransformResult>;
}

/**
 * Compiles a learner's program with `api`: the one recipe the browser's
 * compiler worker, the build (which compiles every example and starter ahead,
 * src/build/precompile.ts) and the tests share, so that a program compiled
 * ahead is byte for byte the one the browser would compile. Compile errors
 * are a result; anything else thrown is the compiler failing.
 */
export async function compileWith(
  api: EsbuildApi,
  source: string,
  filename: string,
  race = false,
): Promise<CompileResult> {
  try {
    const input = race ? await raceSource(api.transform, source, filename) : source;
    const out = await api.build(buildOptions(input, filename, race ? "js" : "ts"));
    const code = out.outputFiles!.find((f) => f.path.endsWith(".js"))!.text;
    const map = out.outputFiles!.find((f) => f.path.endsWith(".map"))!.text;
    return { ok: true, code, map };
  } catch (e) {
    const errors = (e as { errors?: Message[] }).errors;
    if (errors) return { ok: false, errors: compileErrors(errors) };
    throw e;
  }
}

/**
 * A learner's file made ready for a run with the race detector: compiled to
 * JavaScript, instrumented (race-instrument.ts, loaded only when asked for),
 * with an inline source map back to the TypeScript that the bundling step
 * (`buildOptions(…, "js")`) carries through. `transform` is esbuild's, native
 * or wasm.
 */
export async function raceSource(
  transform: (input: string, options: TransformOptions) => Promise<TransformResult>,
  source: string,
  filename: string,
): Promise<string> {
  const t = await transform(source, {
    loader: "ts",
    format: "esm",
    target: "es2022",
    sourcemap: "external",
    sourcefile: filename,
  });
  const { instrument } = await import("./race-instrument.ts");
  const r = instrument(t.code, t.map, filename);
  return `${r.code}\n//# sourceMappingURL=data:application/json;base64,${base64(r.map)}\n`;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
