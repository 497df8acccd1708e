/**
 * The tour's order and its links, computed from the content's names.
 * `content/lessons/01-goroutines/03-waitgroup.mdx` is lesson 3 of chapter 1 and
 * lives at `goroutines/waitgroup/`. The numbers order things; they are left out
 * of URLs and storage keys so that renumbering a lesson keeps its address.
 *
 * Exercises (`content/exercises/<slug>/`) name their chapter and an order in
 * their frontmatter: an exercise with order k comes right after lesson k of
 * its chapter and lives at `<chapter-slug>/<slug>/`, so Next and Previous,
 * and the header's "n / N", count lessons and exercises alike.
 */
import type { Difficulty } from "./schema.ts";

export interface NumberedName {
  order: number;
  slug: string;
}

const numberedName = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const slugName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseNumberedName(name: string): NumberedName {
  const match = numberedName.exec(name);
  if (!match) {
    throw new Error(
      `"${name}" is not a numbered name: expected two digits, a dash and a lowercase slug, such as "03-waitgroup"`,
    );
  }
  return { order: Number(match[1]), slug: match[2]! };
}

/** Whether `name` can be an exercise's folder and address: lowercase words joined by single dashes. */
export function isSlug(name: string): boolean {
  return slugName.test(name);
}

/** A collection entry as the tour needs it: its id and its validated frontmatter. */
export interface Entry<Data> {
  id: string;
  data: Data;
}

export interface ChapterInput {
  title: string;
  summary: string;
}

export interface LessonInput {
  title: string;
  summary: string;
}

export interface ExerciseInput {
  title: string;
  summary: string;
  /** The chapter's folder name, `<NN-chapter>`. */
  chapter: string;
  order: number;
  difficulty: Difficulty;
}

interface PageBase {
  title: string;
  summary: string;
  chapterSlug: string;
  chapterTitle: string;
  slug: string;
  /** Path below the site's base, with a trailing slash: `goroutines/waitgroup/`. */
  path: string;
  /** 1-based position in its chapter, and the chapter's size (the header's "n / N"). */
  number: number;
  chapterSize: number;
}

export interface TourLesson extends PageBase {
  kind: "lesson";
  /** The content id, `<NN-chapter>/<NN-slug>`. */
  id: string;
}

export interface TourExercise extends PageBase {
  kind: "exercise";
  /** The content id: the exercise's folder name, which is also its slug. */
  id: string;
  difficulty: Difficulty;
}

/** A page of the tour: a lesson or an exercise. */
export type TourPage = TourLesson | TourExercise;

export interface TourChapter {
  /** The chapter's folder name, `<NN-chapter>`. */
  id: string;
  slug: string;
  number: number;
  title: string;
  summary: string;
  /** Lessons and exercises, in reading order. */
  pages: TourPage[];
}

export interface Tour {
  chapters: TourChapter[];
  /** Every page in reading order, across chapters. */
  pages: TourPage[];
}

function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

/** The file an entry comes from, for messages: `content/lessons/01-goroutines/03-waitgroup.mdx`. */
function fileOf(kind: "chapter" | "lesson" | "exercise", id: string): string {
  if (kind === "chapter") return `content/lessons/${id}/chapter.yaml`;
  if (kind === "lesson") return `content/lessons/${id}.mdx`;
  return `content/exercises/${id}/index.mdx`;
}

/** Throws, naming both files, when two entries share a value. */
function failIfRepeated(what: string, items: readonly { value: string | number; file: string }[]) {
  const seen = new Map<string | number, string>();
  for (const { value, file } of items) {
    const first = seen.get(value);
    if (first !== undefined) {
      throw new Error(`${what} "${value}" is used twice: by ${first} and by ${file}`);
    }
    seen.set(value, file);
  }
}

type Placed =
  | { kind: "lesson"; entry: Entry<LessonInput>; order: number; slug: string }
  | { kind: "exercise"; entry: Entry<ExerciseInput>; order: number; slug: string };

/**
 * Orders chapters (ids `<NN-chapter>`), lessons (ids `<NN-chapter>/<NN-slug>`)
 * and exercises (ids `<slug>`) into the tour. Throws, naming the entry, when a
 * name is not numbered or not a slug, a lesson's folder or an exercise's
 * chapter does not exist, a number, order or address is used twice, or a
 * chapter has no lessons.
 */
export function buildTour(
  chapterEntries: readonly Entry<ChapterInput>[],
  lessonEntries: readonly Entry<LessonInput>[],
  exerciseEntries: readonly Entry<ExerciseInput>[] = [],
): Tour {
  const chapters = chapterEntries
    .map((entry) => ({ entry, ...parseNumberedName(entry.id) }))
    .sort(byOrder);
  const chapterFile = (c: (typeof chapters)[number]) => fileOf("chapter", c.entry.id);
  failIfRepeated(
    "Chapter number",
    chapters.map((c) => ({ value: c.order, file: chapterFile(c) })),
  );
  failIfRepeated(
    "Chapter slug",
    chapters.map((c) => ({ value: c.slug, file: chapterFile(c) })),
  );

  const placed = new Map<string, Placed[]>(chapters.map((c) => [c.entry.id, []]));
  for (const entry of lessonEntries) {
    const [chapterId, lessonName, ...rest] = entry.id.split("/");
    if (!chapterId || !lessonName || rest.length > 0) {
      throw new Error(
        `Lesson "${entry.id}" must sit directly in a chapter folder: <NN-chapter>/<NN-slug>`,
      );
    }
    const siblings = placed.get(chapterId);
    if (!siblings) {
      throw new Error(
        `Lesson "${entry.id}" is in folder "${chapterId}", which has no chapter.yaml`,
      );
    }
    siblings.push({ kind: "lesson", entry, ...parseNumberedName(lessonName) });
  }
  for (const entry of exerciseEntries) {
    if (!isSlug(entry.id)) {
      throw new Error(
        `Exercise folder "${entry.id}" is not a slug: expected lowercase words joined by dashes, such as "hello-workers"`,
      );
    }
    const siblings = placed.get(entry.data.chapter);
    if (!siblings) {
      throw new Error(
        `Exercise "${entry.id}" names chapter "${entry.data.chapter}", which has no chapter.yaml`,
      );
    }
    siblings.push({ kind: "exercise", entry, order: entry.data.order, slug: entry.id });
  }

  const tourChapters = chapters.map((chapter, index): TourChapter => {
    const items = placed.get(chapter.entry.id)!;
    const lessons = items.filter((p) => p.kind === "lesson");
    const exercises = items.filter((p) => p.kind === "exercise");
    if (lessons.length === 0) throw new Error(`Chapter "${chapter.entry.id}" has no lessons`);
    const file = (p: Placed) => fileOf(p.kind, p.entry.id);
    failIfRepeated(
      `In chapter "${chapter.entry.id}", lesson number`,
      lessons.map((l) => ({ value: l.order, file: file(l) })),
    );
    failIfRepeated(
      `In chapter "${chapter.entry.id}", lesson slug`,
      lessons.map((l) => ({ value: l.slug, file: file(l) })),
    );
    failIfRepeated(
      `In chapter "${chapter.entry.id}", exercise order`,
      exercises.map((e) => ({ value: e.order, file: file(e) })),
    );
    const lessonSlugs = new Set(lessons.map((l) => l.slug));
    for (const exercise of exercises) {
      if (lessonSlugs.has(exercise.slug)) {
        throw new Error(
          `Exercise "${exercise.slug}" has the address of a lesson in chapter "${chapter.entry.id}": rename one of them`,
        );
      }
    }
    // An exercise with order k comes after lesson k and before lesson k + 1.
    const ordered = items.sort(
      (a, b) => a.order - b.order || (a.kind === b.kind ? 0 : a.kind === "lesson" ? -1 : 1),
    );
    const shared = { chapterSlug: chapter.slug, chapterTitle: chapter.entry.data.title };
    return {
      id: chapter.entry.id,
      slug: chapter.slug,
      number: index + 1,
      title: chapter.entry.data.title,
      summary: chapter.entry.data.summary,
      pages: ordered.map((item, position): TourPage => {
        const base = {
          ...shared,
          id: item.entry.id,
          title: item.entry.data.title,
          summary: item.entry.data.summary,
          slug: item.slug,
          path: `${chapter.slug}/${item.slug}/`,
          number: position + 1,
          chapterSize: ordered.length,
        };
        return item.kind === "lesson"
          ? { kind: "lesson", ...base }
          : { kind: "exercise", ...base, difficulty: item.entry.data.difficulty };
      }),
    };
  });

  return { chapters: tourChapters, pages: tourChapters.flatMap((c) => c.pages) };
}

export interface Neighbours {
  previous: TourPage | undefined;
  next: TourPage | undefined;
}

/** The pages before and after `pageId` in reading order, across chapter boundaries. */
export function neighbours(tour: Tour, pageId: string): Neighbours {
  const index = tour.pages.findIndex((page) => page.id === pageId);
  if (index < 0) throw new Error(`No page "${pageId}" in the tour`);
  return { previous: tour.pages[index - 1], next: tour.pages[index + 1] };
}
