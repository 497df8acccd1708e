import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectedOutputFile } from "../mdx/example-files.ts";
import { runExample } from "./run-example.ts";
import { exampleSeed as seed, shownOutput } from "./shown-output.ts";

/**
 * Lessons never lie: every example runs on the runtime with a fixed seed and
 * must print exactly the expected output shown beside it on the page. When a
 * program's output depends on scheduling, the lesson says so and shows the
 * output for this seed.
 */

const lessonsDir = fileURLToPath(new URL("../../content/lessons/", import.meta.url));

const chapters = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => path.join(lessonsDir, entry.name));

const examples = chapters.flatMap((chapter) =>
  readdirSync(chapter)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => path.join(chapter, name)),
);

/** The programs the chapter's lessons embed with `<Example src="./name.ts" />`. */
function embeddedIn(chapter: string): Set<string> {
  const embedded = new Set<string>();
  for (const name of readdirSync(chapter).filter((n) => n.endsWith(".mdx"))) {
    const text = readFileSync(path.join(chapter, name), "utf8");
    for (const match of text.matchAll(/<Example\s+src="([^"]+)"/g)) {
      embedded.add(path.resolve(chapter, match[1]!));
    }
  }
  return embedded;
}

describe("lesson examples", () => {
  it("exist, and every one is embedded in a lesson of its chapter", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(embeddedIn(path.dirname(example)), path.relative(lessonsDir, example)).toContain(
        example,
      );
    }
  });

  describe.each(examples.map((file) => [path.relative(lessonsDir, file), file]))(
    "%s",
    (_name, file) => {
      it(`prints its expected output with seed ${seed}`, { timeout: 60_000 }, async () => {
        const expected = readFileSync(expectedOutputFile(file), "utf8");
        // Run as example:output and the content check run it: see run-example.ts.
        const result = await runExample(file);
        expect(shownOutput(result)).toBe(expected);
        expect(result.exitCode).toBe(result.error ? 2 : 0);
      });
    },
  );
});
