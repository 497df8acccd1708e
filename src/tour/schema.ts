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

export type LessonData = z.infer<typeof lessonSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;
