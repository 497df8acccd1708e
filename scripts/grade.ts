import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckResult } from "../src/grading/protocol.ts";
import { gradeFile } from "../src/tour/check-content.ts";

/**
 * Grades a file against an exercise's hidden checks and prints each check's
 * verdict, as `go test -v` does:
 *
 *   npm run grade -- <slug> [starter|solution|file.ts] [--seeds N]
 *
 * The file is the exercise's solution unless named; any other path is graded
 * as if a learner had handed it in. The exit status is 1 when a check fails.
 */

const root = fileURLToPath(new URL("..", import.meta.url));

export interface GradeRequest {
  slug: string;
  /** "starter", "solution" or a path to a `.ts` file. */
  file: string;
  seeds?: number;
}

/** Resolves the exercise's folder and the learner's file; throws a message that says what is wrong. */
export function resolveRequest(
  request: GradeRequest,
  exercisesDir = path.join(root, "content/exercises"),
) {
  const folder = path.join(exercisesDir, request.slug);
  if (!existsSync(path.join(folder, "checks.ts"))) {
    throw new Error(
      `no exercise "${request.slug}": ${path.relative(process.cwd(), folder)}/checks.ts does not exist`,
    );
  }
  const file =
    request.file === "starter" || request.file === "solution"
      ? path.join(folder, `${request.file}.ts`)
      : path.resolve(request.file);
  if (!existsSync(file)) throw new Error(`${request.file}: no such file`);
  // Outside the project, `go` would not resolve to this project's runtime.
  const inside = path.relative(root, file);
  if (inside.startsWith("..") || path.isAbsolute(inside)) {
    throw new Error(`${request.file}: put the file inside the project to grade it`);
  }
  return { folder, file };
}

/** One verdict as the terminal shows it. */
export function formatResult(r: CheckResult): string {
  if (r.pass) return `--- PASS: ${r.name} (${r.seeds} seed${r.seeds === 1 ? "" : "s"})`;
  const message = r.message
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
  return `--- FAIL: ${r.name} (seed ${r.seed})\n${message}`;
}

function parseArgs(argv: string[]): GradeRequest {
  const positional: string[] = [];
  let seeds: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--seeds") {
      seeds = Number(argv[++i]);
      if (!Number.isInteger(seeds) || seeds < 1)
        throw new Error("--seeds wants a whole number of 1 or more");
    } else positional.push(arg);
  }
  if (positional.length < 1 || positional.length > 2) {
    throw new Error("Usage: npm run grade -- <slug> [starter|solution|file.ts] [--seeds N]");
  }
  return { slug: positional[0]!, file: positional[1] ?? "solution", ...(seeds ? { seeds } : {}) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const request = parseArgs(process.argv.slice(2));
    const { folder, file } = resolveRequest(request);
    console.log(`grading ${path.relative(process.cwd(), file)} with ${request.slug}'s checks`);
    const results = await gradeFile(folder, file, request.seeds, (r) =>
      console.log(formatResult(r)),
    );
    const failed = results.filter((r) => !r.pass).length;
    console.log(failed === 0 ? "PASS" : `FAIL: ${failed} of ${results.length} checks failed`);
    process.exitCode = failed === 0 ? 0 : 1;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  }
}
