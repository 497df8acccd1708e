import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseNumberedName } from "./tour.ts";

/**
 * The site promises only what exists: a lesson that says "chapter 6 builds
 * on this" needs a chapter 6, and the home page's list of topics needs a
 * chapter for each. Chapters are written one at a time, so this holds at
 * every commit, not only at the end.
 */

const root = fileURLToPath(new URL("../../", import.meta.url));
const lessonsDir = path.join(root, "content/lessons");

const chapters = new Map(
  readdirSync(lessonsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const lessons = readdirSync(path.join(lessonsDir, e.name)).filter((f) => f.endsWith(".mdx"));
      return [
        parseNumberedName(e.name).order,
        {
          slug: parseNumberedName(e.name).slug,
          lessons: new Set(lessons.map((f) => parseNumberedName(f.replace(/\.mdx$/, "")).order)),
        },
      ] as const;
    }),
);

/** Every page's prose: lessons, exercises, and the site's own pages and components. */
function texts(): { file: string; text: string; chapter: number | null }[] {
  const found: { file: string; text: string; chapter: number | null }[] = [];
  for (const [dir, chapterOf] of [
    ["content/lessons", (rel: string) => parseNumberedName(rel.split(path.sep)[0]!).order],
    ["content/exercises", () => null],
    ["src/pages", () => null],
    ["src/components", () => null],
  ] as const) {
    const base = path.join(root, dir);
    for (const rel of readdirSync(base, { recursive: true }) as string[]) {
      if (!/\.(mdx|astro)$/.test(rel)) continue;
      found.push({
        file: `${dir}/${rel}`,
        text: readFileSync(path.join(base, rel), "utf8"),
        chapter: chapterOf(rel),
      });
    }
  }
  return found;
}

describe("the text promises only what exists", () => {
  test.each(texts().map((t) => [t.file, t] as const))("%s", (_file, { text, chapter }) => {
    const missing: string[] = [];
    // "chapter 6", "Chapter 4's", "lesson 4.2", "lesson 9 of the sync chapter",
    // "lesson 3" (of the page's own chapter)
    for (const m of text.matchAll(
      /\b(chapter|lesson)s? (\d+)(?:\.(\d+))?(?: of (?:the ([\w-]+) chapter|chapter (\d+)))?\b/gi,
    )) {
      const kind = m[1]!.toLowerCase();
      const n = Number(m[2]);
      const sub = m[3] === undefined ? null : Number(m[3]);
      if (kind === "chapter" && !chapters.has(n)) missing.push(m[0]);
      if (kind === "lesson") {
        const named =
          m[4] !== undefined
            ? ([...chapters].find(([, c]) => c.slug.includes(m[4]!.toLowerCase()))?.[0] ?? -1)
            : m[5] !== undefined
              ? Number(m[5])
              : chapter;
        const [c, l] = sub === null ? [named, n] : [n, sub];
        if (c !== null && !chapters.get(c)?.lessons.has(l)) missing.push(m[0]);
      }
    }
    // A phone puts the code below the text, a wide screen beside it: prose names neither side.
    for (const m of text.matchAll(/\b(?:on|to) the (?:right|left)\b/gi)) missing.push(m[0]);
    // Nor above or below: on a wide screen a lesson's one example sits beside the prose.
    for (const m of text.matchAll(
      /\b(?:(?:output|program|example)s? (?:shown )?(?:above|below)|shown (?:above|below))\b/gi,
    ))
      missing.push(m[0]);
    if (/\blater chapters?\b/i.test(text) && chapter !== null) {
      if (![...chapters.keys()].some((c) => c > chapter)) missing.push("later chapters");
    }
    expect(missing).toEqual([]);
  });

  test("the home page names a chapter for each topic it lists", () => {
    const home = readFileSync(path.join(root, "src/pages/index.astro"), "utf8");
    const slugs = [...chapters.values()].map((c) => c.slug);
    for (const [topic, slug] of [
      ["<code>select</code>", /select/],
      ["<code>sync</code>", /sync/],
      ["<code>context</code>", /context/],
      ["patterns", /pattern/],
    ] as const) {
      if (home.includes(topic))
        expect(
          slugs.some((s) => slug.test(s)),
          topic,
        ).toBe(true);
    }
  });
});
