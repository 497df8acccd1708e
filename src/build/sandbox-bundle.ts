// A Vite plugin that bundles the sandbox's two scripts — the frame's and the
// program runner (with the whole runtime) — into self-contained text that
// the page hands to the sandboxed frame. The frame has an opaque origin, so
// it cannot load scripts from the site: it gets their text and runs it from
// blob: URLs. The page imports `virtual:sandbox-bundle` lazily, on first Run.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Plugin } from "vite";

const virtualId = "virtual:sandbox-bundle";
const resolvedId = `\0${virtualId}`;
const playground = fileURLToPath(new URL("../client/playground/", import.meta.url));
const runtimeDir = fileURLToPath(new URL("../../runtime/", import.meta.url));

async function bundle(entry: string): Promise<{ code: string; files: string[] }> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    alias: { go: `${runtimeDir}index.ts` },
    plugins: [
      {
        name: "go-submodules",
        setup(b) {
          b.onResolve({ filter: /^go\// }, (args) => ({
            path: `${runtimeDir}modules/${args.path.slice(3)}.ts`,
          }));
        },
      },
    ],
  });
  return {
    code: out.outputFiles[0]!.text,
    files: Object.keys(out.metafile.inputs).map((f) => resolve(f)),
  };
}

export function sandboxBundle(): Plugin {
  return {
    name: "sandbox-bundle",
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const [frame, runner] = await Promise.all([
        bundle(`${playground}sandbox-frame.ts`),
        bundle(`${playground}sandbox-runner.ts`),
      ]);
      // Rebuild in dev when the runtime or the runner changes.
      for (const f of [...frame.files, ...runner.files]) this.addWatchFile(f);
      return `export const frameScript = ${JSON.stringify(frame.code)};\nexport const runnerScript = ${JSON.stringify(runner.code)};\n`;
    },
  };
}
