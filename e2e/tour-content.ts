import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseNumberedName } from "../src/tour/tour.ts";

/**
 * What the built site should contain, read straight from content/: the chapters
 * with their titles, and every lesson's and exercise's address in reading order
 * (an exercise with order k right after lesson k of its chapter). The tests
 * compare the pages against this, not against the site's own idea of the tour.
 */

export interface ExpectedPage {
  kind: "lesson" | "exercise";
  title: string;
  path: string;
}

export interface ExpectedChapter {
  title: string;
  pages: ExpectedPage[];
}

const lessonsDir = fileURLToPath(new URL("../content/lessons/", import.meta.url));
const exercisesDir = fileURLToPath(new URL("../content/exercises/", import.meta.url));

function byNumber(a: string, b: string): number {
  return parseNumberedName(a).order - parseNumberedName(b).order;
}

function frontmatter<T>(file: string): T {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]!) as T;
}

const exercises = existsSync(exercisesDir)
  ? readdirSync(exercisesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({
        slug: entry.name,
        ...frontmatter<{ title: string; chapter: string; order: number }>(
          path.join(exercisesDir, entry.name, "index.mdx"),
        ),
      }))
  : [];

export const expectedChapters: ExpectedChapter[] = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort(byNumber)
  .map((chapterName) => {
    const chapterDir = path.join(lessonsDir, chapterName);
    const chapterSlug = parseNumberedName(chapterName).slug;
    const chapter = parse(readFileSync(path.join(chapterDir, "chapter.yaml"), "utf8")) as {
      title: string;
    };
    const lessons = readdirSync(chapterDir)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => name.replace(/\.mdx$/, ""))
      .map((lessonName) => ({
        order: parseNumberedName(lessonName).order,
        // Lessons before exercises of the same number.
        rank: 0,
        page: {
          kind: "lesson" as const,
          title: frontmatter<{ title: string }>(path.join(chapterDir, `${lessonName}.mdx`)).title,
          path: `${chapterSlug}/${parseNumberedName(lessonName).slug}/`,
        },
      }));
    const chapterExercises = exercises
      .filter((e) => e.chapter === chapterName)
      .map((e) => ({
        order: e.order,
        rank: 1,
        page: { kind: "exercise" as const, title: e.title, path: `${chapterSlug}/${e.slug}/` },
      }));
    const pages = [...lessons, ...chapterExercises]
      .sort((a, b) => a.order - b.order || a.rank - b.rank)
      .map((p) => p.page);
    return { title: chapter.title, pages };
  });

const allPages = expectedChapters.flatMap((c) => c.pages);

/** Every page's path below the base, in reading order: lessons and exercises. */
export const pagePaths: string[] = allPages.map((p) => p.path);
/** The lessons' paths alone, in reading order. */
export const lessonPaths: string[] = allPages.filter((p) => p.kind === "lesson").map((p) => p.path);
/** The exercises' paths alone, in reading order. */
export const exercisePaths: string[] = allPages
  .filter((p) => p.kind === "exercise")
  .map((p) => p.path);
