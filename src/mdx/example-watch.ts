import { existsSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import path from "node:path";

/**
 * `npm run dev` rebuilds a lesson when its `.mdx` changes, but not when the
 * example it embeds does: the Markdown plugin reads `name.ts` and `name.out`
 * itself, so nothing tells the content layer they are part of the page. This
 * Vite plugin closes the gap: when an example's program or output is saved,
 * it touches the lessons that embed it, and the page updates as if the
 * lesson had been saved.
 */

/** The lessons in the example's folder that embed `name.ts` (for `name.ts` or `name.out`). */
export function lessonsEmbedding(exampleFile: string): string[] {
  const dir = path.dirname(exampleFile);
  const program = path.basename(exampleFile).replace(/\.(ts|out)$/, ".ts");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => path.join(dir, name))
    .filter((lesson) =>
      [...readFileSync(lesson, "utf8").matchAll(/<Example\s+src="([^"]+)"/g)].some(
        (m) => path.resolve(dir, m[1]!) === path.join(dir, program),
      ),
    );
}

/** What the plugin does on a file change; returns the lessons it touched. */
export function touchEmbeddingLessons(lessonsDir: string, changed: string): string[] {
  const relative = path.relative(lessonsDir, changed);
  if (relative.startsWith("..") || path.isAbsolute(relative) || !/\.(ts|out)$/.test(changed)) {
    return [];
  }
  const lessons = lessonsEmbedding(changed);
  const now = new Date();
  for (const lesson of lessons) utimesSync(lesson, now, now);
  return lessons;
}

/** The Vite plugin, for the development server only. */
export function exampleWatch(lessonsDir: string) {
  return {
    name: "tour:example-watch",
    apply: "serve" as const,
    configureServer(server: {
      watcher: { on(event: "change" | "add", fn: (file: string) => void): unknown };
    }) {
      const touch = (file: string) => touchEmbeddingLessons(lessonsDir, path.resolve(file));
      server.watcher.on("change", touch);
      server.watcher.on("add", touch);
    },
  };
}
