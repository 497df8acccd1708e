// Compiling at build time what a learner would otherwise wait for the browser
// to compile: every lesson example and every exercise's starter, exactly as
// shown. A Run or a Check of unedited code then goes straight to the sandbox,
// and esbuild-wasm (14 MB) loads only once the learner edits. The recipe is
// the browser's own (compileWith in src/client/playground/compile.ts) with
// native esbuild of the same version, so the module and its source map are
// byte for byte what the browser would produce (src/build/precompile.test.ts
// compares them with esbuild-wasm's).
import * as esbuild from "esbuild";
import { compileWith } from "../client/playground/compile.ts";

/** A program compiled ahead: the module and its source map, as the compiler worker returns them. */
export interface Precompiled {
  code: string;
  map: string;
}

/**
 * Compiles `source` as `filename` (for the race detector if `race`); null if
 * it does not compile, and the browser's compiler then reports why.
 */
export async function precompile(
  source: string,
  filename: string,
  race = false,
): Promise<Precompiled | null> {
  const r = await compileWith(esbuild, source, filename, race);
  return r.ok ? { code: r.code, map: r.map } : null;
}

/**
 * Whether an exercise's checks (the text of its checks.ts) look for data
 * races: then the learner's code is compiled for the race detector.
 */
export function checksUseRace(checks: string): boolean {
  return /\.noRace\(/.test(checks);
}
