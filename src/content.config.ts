import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema, exerciseSchema, lessonSchema } from "./tour/schema.ts";

// Instructors write only under content/: one folder per chapter in lessons/,
// holding its chapter.yaml and one MDX file per lesson, and one folder per
// exercise in exercises/. Lesson ids keep the numbered names
// (`01-goroutines/03-waitgroup`), exercise ids are their folder's name
// (`hello-workers`); src/tour/tour.ts turns them into the tour's order.
const lessonsDir = "./content/lessons";
const exercisesDir = "./content/exercises";

// The chapters an exercise may name: the folders holding a chapter.yaml. Like
// the loaders' bases, the path is the project root's, which is the directory
// Astro runs in.
const chapterIds = existsSync(lessonsDir)
  ? readdirSync(lessonsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(lessonsDir, e.name, "chapter.yaml")))
      .map((e) => e.name)
      .sort()
  : [];

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

// The page only; an exercise's starter, solution and checks are code, which
// the exercise page and the grader read from the same folder.
const exercises = defineCollection({
  loader: glob({
    base: exercisesDir,
    pattern: "*/index.mdx",
    generateId: ({ entry }) => entry.split("/")[0]!,
  }),
  schema: exerciseSchema(chapterIds),
});

export const collections = { chapters, lessons, exercises };
