import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { insertLesson } from "../../scripts/insert-lesson.ts";
import { createExercise } from "../../scripts/new-exercise.ts";
import { expectedOutputFile } from "../mdx/example-files.ts";
import {
  compareTwin,
  goEnv,
  findGo,
  gofmtProblem,
  minimumGo,
  readMarkers,
  releaseAtLeast,
  runTwin,
  stripPlayback,
} from "./go-twin.ts";

/**
 * Proven by Go: every lesson example's Go twin (`<name>.go` beside `<name>.ts`)
 * is built and run by a real Go toolchain, on the playground's virtual clock,
 * and must print what the page shows, the example's `.out` (see go-twin.ts for
 * how schedule-dependent output is compared). `npm test` installs Go when it is
 * missing (scripts/ensure-go.sh).
 */

const lessonsDir = fileURLToPath(new URL("../../content/lessons/", import.meta.url));

const chapters = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const twins = chapters.flatMap((chapter) =>
  readdirSync(path.join(lessonsDir, chapter))
    .filter((name) => name.endsWith(".go"))
    .map((name) => path.join(lessonsDir, chapter, name)),
);

const toolchain = findGo();

describe("Go twins of the lesson examples", () => {
  it(`have a Go toolchain of at least ${minimumGo} to run them`, () => {
    expect(
      toolchain,
      `no Go ${minimumGo} or later: run \`sh scripts/ensure-go.sh\` (as root it installs Go with apt-get)`,
    ).not.toBeNull();
  });

  it.each(chapters)("every example of %s has a twin", (chapter) => {
    const dir = path.join(lessonsDir, chapter);
    const missing = readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .filter((name) => !existsSync(path.join(dir, name.replace(/\.ts$/, ".go"))));
    expect(missing).toEqual([]);
  });

  it("each stand beside the TypeScript example they translate", () => {
    const orphans = twins.filter((twin) => !existsSync(twin.replace(/\.go$/, ".ts")));
    expect(orphans.map((twin) => path.relative(lessonsDir, twin))).toEqual([]);
  });

  it("lesson:insert makes a twin that Go confirms from the start", { timeout: 180_000 }, () => {
    expect(toolchain).not.toBeNull();
    const root = mkdtempSync(path.join(tmpdir(), "go-twin-insert-"));
    try {
      cpSync(
        path.join(lessonsDir, "01-goroutines"),
        path.join(root, "content/lessons/01-goroutines"),
        {
          recursive: true,
        },
      );
      const made = insertLesson(root, "goroutines", 1, "twin-stub");
      const ran = runTwin(toolchain!, made.twin);
      expect(ran.buildError).toBeNull();
      const markers = readMarkers(readFileSync(made.twin, "utf8"));
      expect(compareTwin(readFileSync(made.output, "utf8"), ran, markers)).toBeNull();
      expect(gofmtProblem(toolchain!, made.twin)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  describe.each(twins.map((file) => [path.relative(lessonsDir, file), file]))(
    "%s",
    (_name, file) => {
      const source = readFileSync(file, "utf8");
      const markers = readMarkers(source);
      const tooNew =
        toolchain && markers.needs && !releaseAtLeast(toolchain.release, markers.needs);

      it("parses and is gofmt-formatted", () => {
        expect(toolchain).not.toBeNull();
        expect(gofmtProblem(toolchain!, file)).toBeNull();
      });

      if (tooNew) {
        // Named in the test's title: the check that this Go cannot make.
        it(`needs Go ${markers.needs} to run (this is Go ${toolchain.release}): only parsed and formatted`, () => {
          expect(source).toMatch(
            new RegExp(`^//go:build go${markers.needs!.replace(".", "\\.")}$`, "m"),
          );
        });
        return;
      }

      it(`prints its .out under real Go (${markers.mode})`, { timeout: 180_000 }, () => {
        expect(toolchain).not.toBeNull();
        const ran = runTwin(toolchain!, file, markers.env);
        expect(ran.buildError, "go build failed").toBeNull();
        const expected = readFileSync(expectedOutputFile(file.replace(/\.go$/, ".ts")), "utf8");
        expect(compareTwin(expected, ran, markers, toolchain!.release)).toBeNull();
      });
    },
  );
});

/**
 * The exercises' reference solutions in Go: `solution.go` beside
 * `solution.ts`, with Go tests of their own (`solution_test.go`) that say
 * what the hidden checks say, run by `go test` on the playground's clock.
 */
const exercisesDir = fileURLToPath(new URL("../../content/exercises/", import.meta.url));
const goSolutions = readdirSync(exercisesDir).filter((slug) =>
  existsSync(path.join(exercisesDir, slug, "solution.go")),
);

it("every exercise has a Go solution", () => {
  const slugs = readdirSync(exercisesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  expect(slugs.filter((slug) => !goSolutions.includes(slug))).toEqual([]);
});

it(
  "new:exercise makes a Go solution whose Go test passes from the start",
  { timeout: 180_000 },
  () => {
    expect(toolchain).not.toBeNull();
    const root = mkdtempSync(path.join(tmpdir(), "go-solution-new-"));
    try {
      cpSync(
        path.join(lessonsDir, "01-goroutines"),
        path.join(root, "content/lessons/01-goroutines"),
        {
          recursive: true,
        },
      );
      mkdirSync(path.join(root, "content/exercises"));
      const { folder } = createExercise(root, "double-it", "goroutines");
      for (const name of ["solution.go", "solution_test.go"]) {
        expect(gofmtProblem(toolchain!, path.join(folder, name))).toBeNull();
      }
      const ran = spawnSync(toolchain!.go, ["test", "-tags", "faketime", "-count=1", "."], {
        cwd: folder,
        env: goEnv(),
        timeout: 120_000,
      });
      expect(ran.status, stripPlayback(Buffer.concat([ran.stdout, ran.stderr]))).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
);

describe.each(goSolutions)("the Go solution of %s", (slug) => {
  const dir = path.join(exercisesDir, slug);

  it("has Go tests, and both files are gofmt-formatted", () => {
    expect(existsSync(path.join(dir, "solution_test.go"))).toBe(true);
    for (const name of ["solution.go", "solution_test.go"]) {
      expect(gofmtProblem(toolchain!, path.join(dir, name))).toBeNull();
    }
  });

  it("passes its tests under go test", { timeout: 180_000 }, () => {
    expect(toolchain).not.toBeNull();
    const ran = spawnSync(toolchain!.go, ["test", "-tags", "faketime", "-count=1", "."], {
      cwd: dir,
      env: goEnv(),
      timeout: 120_000,
    });
    // A faketime test binary frames its output in playback records.
    expect(ran.status, stripPlayback(Buffer.concat([ran.stdout, ran.stderr]))).toBe(0);
  });
});
