import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Frame, run, type Main } from "go/run";
import { expectedOutputFile } from "../src/mdx/example-files.ts";
import { exampleSeed as seed, shownOutput } from "../src/tour/shown-output.ts";

/**
 * Runs lesson examples with the seed the tests use and writes what each prints
 * to its .out file, for an instructor to read and check against the prose:
 *
 *   npm run example:output -- content/lessons/01-goroutines/cheap.ts
 */

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("Usage: npm run example:output -- <program.ts>...");
  process.exit(1);
}

for (const file of files) {
  const absolute = path.resolve(file);
  const program = (await import(pathToFileURL(absolute).href)) as { main: Main };
  // Goroutine dumps name the example's file as the tests and the site's playground do.
  const mapFrame = (frame: Frame) =>
    frame.file.split("?")[0] === absolute ? { ...frame, file: path.basename(absolute) } : null;
  const result = await run(program.main, {
    seed,
    mapFrame,
    // Locations come from a replay on a fresh instance of the module, so
    // main runs once per instance (its frames carry the query).
    replay: async () =>
      ((await import(`${pathToFileURL(absolute).href}?replay`)) as { main: Main }).main,
  });
  const shown = shownOutput(result);
  const outputFile = expectedOutputFile(file);
  writeFileSync(outputFile, shown);
  console.log(`${outputFile} (seed ${seed}, exit status ${result.exitCode}):\n${shown}`);
}
