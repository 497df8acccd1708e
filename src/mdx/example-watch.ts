import { existsSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import path from "node:path";
import { checkFrontmatter, formatProblem, listContent } from "../tour/check-frontmatter.ts";
import { movedPages } from "../tour/moved.ts";

/**
 * `npm run dev` rebuilds a lesson when its `.mdx` changes, but not when the
 * example it embeds does: the Markdown plugin reads `name.ts`, `name.out` and `name.go`
 * itself, so nothing tells the content layer they are part of the page. This
 * Vite plugin closes the gap: when an example's program or output is saved,
 * it touches the lessons that embed it, and the page updates as if the
 * lesson had been saved. And when a lesson's or an exercise's frontmatter
 * is wrong, it shows the problem in the browser, not only in the terminal.
 */

/** The lessons in the example's folder that embed `name.ts` (for `name.ts`, `name.out` or `name.go`). */
export function lessonsEmbedding(exampleFile: string): string[] {
  const dir = path.dirname(exampleFile);
  const program = path.basename(exampleFile).replace(/\.(ts|out|go)$/, ".ts");
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
  if (relative.startsWith("..") || path.isAbsolute(relative) || !/\.(ts|out|go)$/.test(changed)) {
    return [];
  }
  const lessons = lessonsEmbedding(changed);
  const now = new Date();
  for (const lesson of lessons) utimesSync(lesson, now, now);
  return lessons;
}

/** What the plugin needs of Vite's development server. */
export interface DevServer {
  watcher: { on(event: "change" | "add", fn: (file: string) => void): unknown };
  ws: {
    send(payload: { type: "error"; err: { message: string; stack: string } }): void;
    on(event: "connection", fn: () => void): unknown;
  };
}

/**
 * The frontmatter problems of the content under `root`, as one message, or
 * null. Astro prints them only in the terminal and keeps showing the old
 * page; this puts them in front of the instructor, in the browser.
 */
export function frontmatterMessage(
  root: string,
  moved: Readonly<Record<string, string>> = movedPages,
): string | null {
  const problems = checkFrontmatter(listContent(root), moved);
  return problems.length === 0 ? null : problems.map(formatProblem).join("\n");
}

/** The Vite plugin, for the development server only. */
export function exampleWatch(
  lessonsDir: string,
  moved: Readonly<Record<string, string>> = movedPages,
) {
  const root = path.resolve(lessonsDir, "..", "..");
  return {
    name: "tour:example-watch",
    apply: "serve" as const,
    configureServer(server: DevServer) {
      // The problem found at the last save, until a save fixes it.
      let problem: string | null = null;
      const show = () => {
        if (problem !== null)
          server.ws.send({ type: "error", err: { message: problem, stack: "" } });
      };
      const changed = (file: string) => {
        const absolute = path.resolve(file);
        touchEmbeddingLessons(lessonsDir, absolute);
        const inContent = !path.relative(path.join(root, "content"), absolute).startsWith("..");
        if (inContent && /\.(mdx|yaml)$/.test(absolute)) {
          problem = frontmatterMessage(root, moved);
          show();
        }
      };
      server.watcher.on("change", changed);
      server.watcher.on("add", changed);
      // The save also reloads the page, which clears Vite's error overlay:
      // show the problem again to the reloaded page.
      server.ws.on("connection", show);
    },
  };
}
