import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseNumberedName } from "../src/tour/tour.ts";

/**
 * What the built site should contain, read straight from content/: the chapters
 * with their titles, and every lesson's address in reading order. The tests
 * compare the pages against this, not against the site's own idea of the tour.
 */

export interface ExpectedChapter {
  title: string;
  lessons: { title: string; path: string }[];
}

const lessonsDir = fileURLToPath(new URL("../content/lessons/", import.meta.url));

function byNumber(a: string, b: string): number {
  return parseNumberedName(a).order - parseNumberedName(b).order;
}

function frontmatter(file: string): { title: string } {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]!) as { title: string };
}

export const expectedChapters: ExpectedChapter[] = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort(byNumber)
  .map((chapterName) => {
    const chapterDir = path.join(lessonsDir, chapterName);
    const chapter = parse(readFileSync(path.join(chapterDir, "chapter.yaml"), "utf8")) as {
      title: string;
    };
    const lessons = readdirSync(chapterDir)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => name.replace(/\.mdx$/, ""))
      .sort(byNumber)
      .map((lessonName) => ({
        title: frontmatter(path.join(chapterDir, `${lessonName}.mdx`)).title,
        path: `${parseNumberedName(chapterName).slug}/${parseNumberedName(lessonName).slug}/`,
      }));
    return { title: chapter.title, lessons };
  });

/** Every lesson's path below the base, in reading order. */
export const lessonPaths: string[] = expectedChapters.flatMap((c) => c.lessons.map((l) => l.path));
