import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Frame, type Main, run, type RunResult } from "go/run";
import { exampleSeed } from "./shown-output.ts";

/**
 * Runs a lesson's example as the tests, the content check and
 * `npm run example:output` all do: the tests' seed, and goroutine dumps that
 * name the program by its file name alone (`timeout.ts:12:5`), as the site's
 * playground does, never by a path that depends on where the project lives.
 */
export async function runExample(file: string): Promise<RunResult> {
  const absolute = path.resolve(file);
  const program = (await import(pathToFileURL(absolute).href)) as { main: Main };
  const mapFrame = (frame: Frame) =>
    frame.file.split("?")[0] === absolute ? { ...frame, file: path.basename(absolute) } : null;
  return run(program.main, {
    seed: exampleSeed,
    mapFrame,
    // Locations come from a replay on a fresh instance of the module, so main
    // runs once per instance (the replay's frames carry the query).
    replay: async () =>
      ((await import(`${pathToFileURL(absolute).href}?replay`)) as { main: Main }).main,
  });
}
