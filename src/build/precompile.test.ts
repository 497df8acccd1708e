// The build compiles every example and every exercise's starter ahead, with
// native esbuild (precompile.ts), and the browser runs that module instead of
// compiling the code as shown with esbuild-wasm. That is only sound if the two
// are the same program: these tests compile each one with esbuild-wasm too,
// the browser's compiler, and compare the module and its source map byte for byte.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as wasm from "esbuild-wasm";
import { afterAll, describe, expect, it } from "vitest";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { type Main, run } from "go/run";
import { compileWith } from "../client/playground/compile.ts";
import { goModules } from "../client/playground/go-modules.ts";
import { goModulesGlobal } from "../client/playground/go-modules-global.ts";
import { checksUseRace, precompile } from "./precompile.ts";

const lessonsDir = "content/lessons";
const exercisesDir = "content/exercises";

const files = (chapter: string) => readdirSync(path.join(lessonsDir, chapter));
const examples = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(path.join(lessonsDir, d.name))
      // An example is a program with its output beside it.
      .filter((f) => f.endsWith(".ts") && files(d.name).includes(f.replace(/\.ts$/, ".out")))
      .map((f) => path.join(lessonsDir, d.name, f)),
  );
const starters = readdirSync(exercisesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

afterAll(() => wasm.stop());

describe("programs compiled ahead are the browser compiler's", () => {
  it("finds the examples and the starters", () => {
    expect(examples.length).toBeGreaterThan(20);
    expect(starters.length).toBeGreaterThan(5);
  });

  it("every example, plain and for the race detector, is byte for byte esbuild-wasm's", async () => {
    for (const file of examples) {
      const source = readFileSync(file, "utf8");
      const name = path.basename(file);
      for (const race of [false, true]) {
        const ahead = await precompile(source, name, race);
        const browser = await compileWith(wasm, source, name, race);
        expect(ahead, `${file} (race: ${race})`).not.toBeNull();
        expect(browser.ok && { code: browser.code, map: browser.map }, file).toEqual(ahead);
      }
    }
  }, 300_000);

  it("every starter, compiled as its checks need it, is byte for byte esbuild-wasm's", async () => {
    let races = 0;
    for (const slug of starters) {
      const source = readFileSync(path.join(exercisesDir, slug, "starter.ts"), "utf8");
      const race = checksUseRace(readFileSync(path.join(exercisesDir, slug, "checks.ts"), "utf8"));
      const ahead = await precompile(source, "starter.ts", race);
      const browser = await compileWith(wasm, source, "starter.ts", race);
      expect(ahead, slug).not.toBeNull();
      races += race ? 1 : 0;
      expect(browser.ok && { code: browser.code, map: browser.map }, slug).toEqual(ahead);
    }
    // Some exercises' checks look for races: their starters are compiled for the detector.
    expect(races).toBeGreaterThan(0);
  }, 300_000);

  it("a program that does not compile is left to the browser, which says why", async () => {
    expect(await precompile("export async function main() {", "broken.ts")).toBeNull();
  });

  it("a deadlock in a program compiled ahead names the learner's file, line and column", async () => {
    const source = [
      'import { chan } from "go";',
      "",
      "export async function main() {",
      "  const c = chan<number>();",
      "  await c.recv();",
      "}",
      "",
    ].join("\n");
    const ahead = (await precompile(source, "stuck.ts"))!;
    (globalThis as Record<string, unknown>)[goModulesGlobal] = goModules;
    // Each instance of the module is its own URL: the run, then its replay with locations.
    const urls: string[] = [];
    const load = async () => {
      const code = `${ahead.code}\n// instance ${urls.length}\n`;
      urls.push(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
      return ((await import(/* @vite-ignore */ urls.at(-1)!)) as { main: Main }).main;
    };
    const trace = new TraceMap(ahead.map);
    const r = await run(await load(), {
      seed: 1,
      replay: load,
      mapFrame: (frame) => {
        if (!urls.includes(frame.file)) return null;
        const pos = originalPositionFor(trace, { line: frame.line, column: frame.column - 1 });
        if (pos.line === null) return null;
        return { fn: frame.fn, file: pos.source ?? "", line: pos.line, column: pos.column + 1 };
      },
    });
    expect(r.error?.message ?? "").toContain("all goroutines are asleep - deadlock!");
    expect(r.error?.message ?? "").toMatch(/stuck\.ts:5:\d+/);
  });
});
