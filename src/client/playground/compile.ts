// Compiling a learner's TypeScript to a module the sandbox can import, with
// esbuild: types are stripped, `go` imports become reads from the runtime
// the sandbox provides, and a source map leads back to the learner's lines.
// Shared by the compiler worker (esbuild-wasm) and the tests (esbuild).
import type { BuildOptions, Message, Plugin } from "esbuild";
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

/** The esbuild options for a learner's file named `filename`. */
export function buildOptions(source: string, filename: string): BuildOptions {
  return {
    stdin: { contents: source, loader: "ts", sourcefile: filename },
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
