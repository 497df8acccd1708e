import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema, lessonSchema } from "./tour/schema.ts";

// Instructors write only under content/lessons: one folder per chapter, holding
// its chapter.yaml and one MDX file per lesson. Ids keep the numbered names
// (`01-goroutines/03-waitgroup`); src/tour/tour.ts turns them into the tour's order.
const lessonsDir = "./content/lessons";

const chapters = defineCollection({
  loader: glob({
    base: lessonsDir,
    pattern: "*/chapter.yaml",
    generateId: ({ entry }) => entry.split("/")[0]!,
  }),
  schema: chapterSchema,
});

const lessons = defineCollection({
  loader: glob({
    base: lessonsDir,
    pattern: "*/*.mdx",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: lessonSchema,
});

export const collections = { chapters, lessons };
