import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Where an example's files are and what identifies it. An example is a program,
 * `<name>.ts`, with the output it must print beside it in `<name>.out`, and
 * its Go twin, `<name>.go`, the same program in Go (src/tour/go-twin.ts).
 */

export interface ExampleFiles {
  /** Stable id, used by the browser as the key for a learner's edits: `lessons/goroutines/go-statement`. */
  id: string;
  /** The program's file name as shown above the code. */
  filename: string;
  source: string;
  expected: string;
  /** The Go twin's source, when the example has one. */
  go?: string;
}

/** The expected output's file for a program: `go-statement.ts` → `go-statement.out`. */
export function expectedOutputFile(programFile: string): string {
  return programFile.replace(/\.ts$/, ".out");
}

/** The Go twin's file for a program: `go-statement.ts` → `go-statement.go`. */
export function goTwinFile(programFile: string): string {
  return programFile.replace(/\.ts$/, ".go");
}

/**
 * The id of the program at `relativePath` (from the `content/` folder). Number
 * prefixes are dropped, as in page addresses, so renumbering keeps a learner's edits.
 */
export function exampleId(relativePath: string): string {
  return relativePath
    .split(/[\\/]/)
    .map((segment) => segment.replace(/^\d{2}-/, ""))
    .join("/")
    .replace(/\.ts$/, "");
}

/** Reads an example, or throws a message that says what is missing. */
export function readExampleFiles(contentDir: string, programFile: string): ExampleFiles {
  const relativePath = path.relative(contentDir, programFile);
  if (relativePath.startsWith("..") || path.isAbsolute(relativePath)) {
    throw new Error(`the program must be inside ${contentDir}`);
  }
  if (!programFile.endsWith(".ts")) throw new Error("the program must be a .ts file");
  if (!existsSync(programFile)) throw new Error("there is no such file");
  const outputFile = expectedOutputFile(programFile);
  if (!existsSync(outputFile)) {
    throw new Error(
      `its expected output is missing: write it to ${path.basename(outputFile)}, beside the program`,
    );
  }
  const goFile = goTwinFile(programFile);
  return {
    id: exampleId(relativePath),
    filename: path.basename(programFile),
    source: readFileSync(programFile, "utf8"),
    expected: readFileSync(outputFile, "utf8"),
    ...(existsSync(goFile) ? { go: readFileSync(goFile, "utf8") } : {}),
  };
}
