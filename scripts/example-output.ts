import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expectedOutputFile, goTwinFile } from "../src/mdx/example-files.ts";
import { compareTwin, findGo, readMarkers, runTwin } from "../src/tour/go-twin.ts";
import { runExample } from "../src/tour/run-example.ts";
import { exampleSeed as seed, shownOutput } from "../src/tour/shown-output.ts";

/**
 * Runs lesson examples with the seed the tests use and writes what each prints
 * to its .out file, for an instructor to read and check against the prose:
 *
 *   npm run example:output -- content/lessons/01-goroutines/cheap.ts
 *
 * It runs them exactly as the tests and `npm run check:content` do
 * (src/tour/run-example.ts), so what it writes is what they expect, goroutine
 * dumps included. Then it runs the example's Go twin, `<name>.go`, with real Go
 * and says whether it prints the same, as src/tour/go-twins.test.ts checks.
 */

/** Runs `file` and writes its `.out`; resolves to what was written and how the run ended. */
export async function writeExampleOutput(
  file: string,
): Promise<{ outputFile: string; shown: string; exitCode: number }> {
  const result = await runExample(file);
  const shown = shownOutput(result);
  const outputFile = expectedOutputFile(path.resolve(file));
  writeFileSync(outputFile, shown);
  return { outputFile, shown, exitCode: result.exitCode };
}

/** What the Go twin of `file` says about its new `.out`: one line for the instructor. */
export function twinVerdict(file: string): string {
  const twin = goTwinFile(path.resolve(file));
  const name = path.basename(twin);
  if (!existsSync(twin))
    return `No Go twin yet: write ${name} beside it (README, "Adding a lesson").`;
  const toolchain = findGo();
  if (!toolchain) return `${name} not checked: no Go 1.23 or later (sh scripts/ensure-go.sh).`;
  const markers = readMarkers(readFileSync(twin, "utf8"));
  const ran = runTwin(toolchain, twin, markers.env);
  if (ran.buildError) return `${name} does not build:\n${ran.buildError}`;
  const expected = readFileSync(expectedOutputFile(path.resolve(file)), "utf8");
  const problem = compareTwin(expected, ran, markers, toolchain.release);
  return problem
    ? `${name} under Go ${toolchain.release}: ${problem}`
    : `${name} under Go ${toolchain.release} prints the same (${markers.mode}).`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("Usage: npm run example:output -- <program.ts>...");
    process.exit(1);
  }
  for (const file of files) {
    const { outputFile, shown, exitCode } = await writeExampleOutput(file);
    console.log(
      `${path.relative(process.cwd(), outputFile)} (seed ${seed}, exit status ${exitCode}):\n${shown}`,
    );
    console.log(twinVerdict(file));
  }
}
