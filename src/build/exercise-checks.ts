// A Vite plugin that compiles every exercise's hidden checks
// (content/exercises/<slug>/checks.ts) into a module the page loads when the
// learner presses Check. The checks are in the site's bundle: hidden from
// view, not secret. Their `go` imports read the sandbox's runtime, as the
// learner's program does, so both share one runtime.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin as EsbuildPlugin } from "esbuild";
import type { Plugin } from "vite";
import { goModuleNames } from "../client/playground/compile.ts";
import { goModulesGlobal } from "../client/playground/go-modules-global.ts";
import { checksUseRace } from "./precompile.ts";

const virtualId = "virtual:exercise-checks";
const resolvedId = `\0${virtualId}`;
const exercisesDir = fileURLToPath(new URL("../../content/exercises/", import.meta.url));
const testingApi = fileURLToPath(new URL("../grading/testing.ts", import.meta.url));

const goFromSandbox: EsbuildPlugin = {
  name: "go-from-sandbox",
  setup(b) {
    b.onResolve({ filter: /^go(\/|$)/ }, (args) =>
      goModuleNames.includes(args.path) ? { path: args.path, namespace: "go" } : undefined,
    );
    b.onResolve({ filter: /^tour\/testing$/ }, () => ({ path: testingApi }));
    b.onLoad({ filter: /.*/, namespace: "go" }, (args) => ({
      contents: `module.exports = globalThis[${JSON.stringify(goModulesGlobal)}][${JSON.stringify(args.path)}];`,
      loader: "js",
    }));
  },
};

/** Compiles one exercise's checks to an ES module and its source map. */
export async function compileChecks(
  slug: string,
): Promise<{ code: string; map: string; files: string[] }> {
  const out = await build({
    entryPoints: [path.join(exercisesDir, slug, "checks.ts")],
    bundle: true,
    format: "esm",
    target: "es2022",
    write: false,
    sourcemap: "external",
    outfile: "checks.js",
    metafile: true,
    logLevel: "silent",
    plugins: [goFromSandbox],
  });
  const js = out.outputFiles.find((f) => f.path.endsWith(".js"))!.text;
  const map = out.outputFiles.find((f) => f.path.endsWith(".map"))!.text;
  return { code: js, map, files: Object.keys(out.metafile.inputs).map((f) => path.resolve(f)) };
}

function slugs(): string[] {
  if (!existsSync(exercisesDir)) return [];
  return readdirSync(exercisesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(exercisesDir, e.name, "checks.ts")))
    .map((e) => e.name);
}

export function exerciseChecks(): Plugin {
  return {
    name: "exercise-checks",
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const compiled: Record<string, { code: string; map: string; race: boolean }> = {};
      for (const slug of slugs()) {
        const { code, map, files } = await compileChecks(slug);
        for (const f of files) this.addWatchFile(f);
        const source = readFileSync(path.join(exercisesDir, slug, "checks.ts"), "utf8");
        compiled[slug] = { code, map, race: checksUseRace(source) };
      }
      return `export default ${JSON.stringify(compiled)};\n`;
    },
  };
}
