import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * A lesson or an exercise with bad frontmatter must fail the build, and the message must name
 * the file and the field. Each case syncs the content of a small project made in
 * a temporary folder, with this project's config, schemas and packages.
 */

const projectDir = fileURLToPath(new URL("../../", import.meta.url));
const astroBin = path.join(projectDir, "node_modules", "astro", "bin", "astro.mjs");
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const goodChapter = "title: One\nsummary: The first chapter.\n";
const goodLesson = "---\ntitle: Hello\nsummary: A first lesson.\n---\n\nHello.\n";
const exercisePage = (fields: string) =>
  `---\ntitle: Workers\nsummary: Start workers.\n${fields}\nfilename: workers.ts\nhints:\n  - One.\n  - Two.\n---\n\nWrite it.\n`;
const goodChapterFiles = { "01-one/chapter.yaml": goodChapter, "01-one/01-hello.mdx": goodLesson };

/** `files` are paths below content/lessons, `exercises` below content/exercises. */
function makeProject(
  files: Record<string, string>,
  exercises: Record<string, string> = {},
): string {
  const root = mkdtempSync(path.join(tmpdir(), "tour-content-"));
  made.push(root);
  symlinkSync(path.join(projectDir, "src"), path.join(root, "src"));
  symlinkSync(path.join(projectDir, "node_modules"), path.join(root, "node_modules"));
  writeFileSync(path.join(root, "package.json"), '{ "type": "module" }\n');
  // The real config, with the bundler's cache kept out of the shared node_modules.
  writeFileSync(
    path.join(root, "astro.config.mjs"),
    `import config from ${JSON.stringify(path.join(projectDir, "astro.config.mjs"))};\n` +
      `export default { ...config, vite: { ...config.vite, cacheDir: ${JSON.stringify(path.join(root, ".vite"))} } };\n`,
  );
  for (const [dir, written] of [
    ["lessons", files],
    ["exercises", exercises],
  ] as const) {
    for (const [name, text] of Object.entries(written)) {
      const file = path.join(root, "content", dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return root;
}

function syncContent(root: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [astroBin, "sync"],
      { cwd: root, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
      (error, stdout, stderr) => {
        // Astro's messages mark field names up with ** for the terminal; drop that.
        resolve({ ok: !error, output: (stdout + stderr).replaceAll("**", "") });
      },
    );
  });
}

describe.concurrent(
  "content that does not match its schema fails the build",
  // Seven Astro processes at once: on a busy two-core machine each takes up to a minute.
  { timeout: 180_000 },
  () => {
    it("content that matches passes (so the failures below come from the content)", async () => {
      const root = makeProject({
        "01-one/chapter.yaml": goodChapter,
        "01-one/01-hello.mdx": goodLesson,
      });
      const result = await syncContent(root);
      expect(result.output).not.toMatch(/error/i);
      expect(result.ok).toBe(true);
    });

    it("a misspelt lesson field names the file, the missing field and the unknown one", async () => {
      const root = makeProject({
        "01-one/chapter.yaml": goodChapter,
        "01-one/01-hello.mdx": "---\ntitel: Hello\nsummary: A first lesson.\n---\n\nHello.\n",
      });
      const result = await syncContent(root);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("content/lessons/01-one/01-hello.mdx");
      expect(result.output).toMatch(/title: .*Required/);
      expect(result.output).toContain('"titel"');
    });

    it("a lesson field of the wrong type names the file and the field", async () => {
      const root = makeProject({
        "01-one/chapter.yaml": goodChapter,
        "01-one/01-hello.mdx": "---\ntitle: [not, text]\nsummary: A first lesson.\n---\n\nHello.\n",
      });
      const result = await syncContent(root);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("content/lessons/01-one/01-hello.mdx");
      expect(result.output).toMatch(/title: .*Expected type .*string/);
    });

    it("a chapter.yaml without its summary names the file and the field", async () => {
      const root = makeProject({
        "01-one/chapter.yaml": "title: One\n",
        "01-one/01-hello.mdx": goodLesson,
      });
      const result = await syncContent(root);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("content/lessons/01-one/chapter.yaml");
      expect(result.output).toMatch(/summary: .*Required/);
    });
    it("an exercise that matches passes", async () => {
      const root = makeProject(goodChapterFiles, {
        "workers/index.mdx": exercisePage("chapter: 01-one\norder: 1\ndifficulty: easy"),
      });
      const result = await syncContent(root);
      expect(result.output).not.toMatch(/error/i);
      expect(result.ok).toBe(true);
    });

    it("an exercise naming a chapter that does not exist names the file and the field", async () => {
      const root = makeProject(goodChapterFiles, {
        "workers/index.mdx": exercisePage("chapter: 01-onee\norder: 1\ndifficulty: easy"),
      });
      const result = await syncContent(root);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("content/exercises/workers/index.mdx");
      expect(result.output).toContain('chapter: "01-onee" is not a chapter');
    });

    it("an exercise with an unknown difficulty names the file and the field", async () => {
      const root = makeProject(goodChapterFiles, {
        "workers/index.mdx": exercisePage("chapter: 01-one\norder: 1\ndifficulty: tricky"),
      });
      const result = await syncContent(root);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("content/exercises/workers/index.mdx");
      expect(result.output).toMatch(/difficulty: .*"easy"/);
    });
  },
);
