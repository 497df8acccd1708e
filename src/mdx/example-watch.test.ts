import { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exampleWatch, lessonsEmbedding, touchEmbeddingLessons } from "./example-watch.ts";

/** In `npm run dev`, saving an example's .ts or .out refreshes the lessons that embed it. */

const root = mkdtempSync(path.join(tmpdir(), "example-watch-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const lessonsDir = path.join(root, "content", "lessons");
const chapter = path.join(lessonsDir, "01-one");
mkdirSync(chapter, { recursive: true });
const page = (src: string) => `---\ntitle: T\nsummary: S.\n---\n\n<Example src="${src}" />\n`;
writeFileSync(path.join(chapter, "01-hello.mdx"), page("./hello.ts"));
writeFileSync(path.join(chapter, "02-other.mdx"), page("./other.ts"));
for (const f of ["hello.ts", "hello.out", "other.ts", "other.out"]) {
  writeFileSync(path.join(chapter, f), "\n");
}
const past = new Date(2000, 0, 1);
const age = () => {
  for (const f of ["01-hello.mdx", "02-other.mdx"]) utimesSync(path.join(chapter, f), past, past);
};
const mtime = (f: string) => statSync(path.join(chapter, f)).mtimeMs;

describe("the example watcher", () => {
  it("finds the lessons that embed a program, from the program or its output", () => {
    expect(lessonsEmbedding(path.join(chapter, "hello.ts"))).toEqual([
      path.join(chapter, "01-hello.mdx"),
    ]);
    expect(lessonsEmbedding(path.join(chapter, "other.out"))).toEqual([
      path.join(chapter, "02-other.mdx"),
    ]);
  });

  it("touches only the embedding lesson when a .out is saved, and nothing for other files", () => {
    age();
    expect(touchEmbeddingLessons(lessonsDir, path.join(chapter, "hello.out"))).toHaveLength(1);
    expect(mtime("01-hello.mdx")).toBeGreaterThan(past.getTime());
    expect(mtime("02-other.mdx")).toBe(past.getTime());
    age();
    expect(touchEmbeddingLessons(lessonsDir, path.join(root, "src", "x.ts"))).toEqual([]);
    expect(touchEmbeddingLessons(lessonsDir, path.join(chapter, "01-hello.mdx"))).toEqual([]);
    expect(mtime("01-hello.mdx")).toBe(past.getTime());
  });

  it("listens to the development server's watcher", () => {
    age();
    const watcher = new EventEmitter();
    exampleWatch(lessonsDir).configureServer({
      watcher,
      ws: { send() {}, on() {} },
    });
    watcher.emit("change", path.join(chapter, "other.ts"));
    expect(mtime("02-other.mdx")).toBeGreaterThan(past.getTime());
    expect(mtime("01-hello.mdx")).toBe(past.getTime());
  });

  it("shows a frontmatter problem in the browser when a lesson is saved", () => {
    const watcher = new EventEmitter();
    const sent: { type: string; err: { message: string } }[] = [];
    const ws = new EventEmitter();
    exampleWatch(lessonsDir, {}).configureServer({
      watcher,
      ws: { send: (p) => sent.push(p), on: (e, fn) => ws.on(e, fn) },
    });
    const lesson = path.join(chapter, "01-hello.mdx");
    writeFileSync(path.join(chapter, "chapter.yaml"), "title: One\nsummary: S.\n");
    watcher.emit("change", lesson);
    expect(sent).toEqual([]);
    watcher.emit("change", path.join(chapter, "hello.out"));
    writeFileSync(lesson, "---\ntitel: T\nsummary: S.\n---\n");
    watcher.emit("change", lesson);
    expect(sent.map((p) => p.type)).toEqual(["error"]);
    expect(sent[0]!.err.message).toContain(
      'content/lessons/01-one/01-hello.mdx:2:1: unknown field "titel"',
    );
    // The page reloads and connects again: it is shown the problem again.
    ws.emit("connection");
    expect(sent).toHaveLength(2);
    writeFileSync(lesson, page("./hello.ts"));
    watcher.emit("change", lesson);
    ws.emit("connection");
    expect(sent).toHaveLength(2);
  });
});
