import { z } from "astro/zod";

/**
 * Frontmatter of a lesson (`content/lessons/<NN-chapter>/<NN-slug>.mdx`).
 * Objects are strict so that a misspelt field is an error, not silently ignored.
 */
export const lessonSchema = z.strictObject({
  /** The page's heading, and its name in the table of contents. */
  title: z.string().trim().min(1).max(80),
  /** One sentence: what the lesson shows. Used in the table of contents and as the page description. */
  summary: z.string().trim().min(1).max(200),
});

/** `content/lessons/<NN-chapter>/chapter.yaml`: the chapter's name and what it is about. */
export const chapterSchema = z.strictObject({
  title: z.string().trim().min(1).max(60),
  summary: z.string().trim().min(1).max(300),
});

export const difficulties = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof difficulties)[number];

/** A learner's file name as the editor and messages show it: `workers.ts`. */
const fileName = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*\.ts$/;

/**
 * Frontmatter of an exercise (`content/exercises/<slug>/index.mdx`). The chapter
 * must be one of `chapterIds`, the folder names under content/lessons, so a typo
 * fails the build instead of filing the exercise nowhere.
 */
export function exerciseSchema(chapterIds: readonly string[]) {
  return z.strictObject({
    title: z.string().trim().min(1).max(80),
    summary: z.string().trim().min(1).max(200),
    /** The chapter's folder name, such as "01-goroutines". */
    chapter: z.string().refine((id) => chapterIds.includes(id), {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a chapter: expected the name of a folder in content/lessons, one of ${chapterIds.map((id) => JSON.stringify(id)).join(", ")}`,
    }),
    /** Its place in the chapter: an exercise with order k comes right after lesson k. */
    order: z.number().int().positive(),
    difficulty: z.enum(difficulties),
    /** The learner's file, as named in the editor and in messages: "workers.ts". */
    filename: z
      .string()
      .regex(fileName, "expected a lowercase file name ending in .ts, such as workers.ts"),
    /** Short Markdown hints, revealed one at a time, in this order. */
    hints: z.array(z.string().trim().min(1).max(600)).min(2),
  });
}

export type LessonData = z.infer<typeof lessonSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;
export type ExerciseData = z.infer<ReturnType<typeof exerciseSchema>>;
