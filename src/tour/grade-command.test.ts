import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatResult, resolveRequest } from "../../scripts/grade.ts";

/** `npm run grade -- <slug> [starter|solution|file.ts]` prints each check's verdict. */

const projectDir = fileURLToPath(new URL("../../", import.meta.url));
const tsx = path.join(projectDir, "node_modules", "tsx", "dist", "cli.mjs");

function grade(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, "scripts/grade.ts", ...args],
      { cwd: projectDir },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr });
      },
    );
  });
}

describe("npm run grade", () => {
  it("formats verdicts as go test -v does", () => {
    expect(formatResult({ name: "adds", pass: true, message: "", seed: null, seeds: 20 })).toBe(
      "--- PASS: adds (20 seeds)",
    );
    expect(
      formatResult({ name: "adds", pass: false, message: "sum = 1\nwant 2", seed: 3, seeds: 3 }),
    ).toBe("--- FAIL: adds (seed 3)\n    sum = 1\n    want 2");
  });

  it("resolves starter, solution and paths, and says what is wrong with the rest", () => {
    const folder = path.join(projectDir, "content/exercises/hello-workers");
    expect(resolveRequest({ slug: "hello-workers", file: "starter" })).toEqual({
      folder,
      file: path.join(folder, "starter.ts"),
    });
    expect(() => resolveRequest({ slug: "no-such-exercise", file: "solution" })).toThrow(
      'no exercise "no-such-exercise"',
    );
    expect(() => resolveRequest({ slug: "hello-workers", file: "missing.ts" })).toThrow(
      "missing.ts: no such file",
    );
    expect(() => resolveRequest({ slug: "hello-workers", file: "/etc/hostname" })).toThrow(
      "put the file inside the project",
    );
  });

  it("prints every verdict for a starter and exits with 1", { timeout: 60_000 }, async () => {
    const { code, output } = await grade(["hello-workers", "starter", "--seeds", "2"]);
    expect(output).toContain("--- FAIL: returns 5 greetings in order for n = 5 (seed 1)");
    expect(output).toMatch(/^--- PASS: /m);
    expect(output).toMatch(/FAIL: \d+ of \d+ checks failed/);
    expect(code).toBe(1);
  });

  it("passes the solution and exits with 0", { timeout: 60_000 }, async () => {
    const { code, output } = await grade(["hello-workers", "--seeds", "2"]);
    expect(output).not.toContain("--- FAIL");
    expect(output.trimEnd().endsWith("PASS")).toBe(true);
    expect(code).toBe(0);
  });
});
