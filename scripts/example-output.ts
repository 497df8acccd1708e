import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expectedOutputFile } from "../src/mdx/example-files.ts";
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
 * dumps included.
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
  }
}
