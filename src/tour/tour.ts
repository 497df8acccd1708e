/**
 * The tour's order and its links, computed from the content's numbered names:
 * `content/lessons/01-goroutines/03-waitgroup.mdx` is lesson 3 of chapter 1 and
 * lives at `goroutines/waitgroup/`. The numbers order things; they are left out
 * of URLs and storage keys so that renumbering a lesson keeps its address.
 */

export interface NumberedName {
  order: number;
  slug: string;
}

const numberedName = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseNumberedName(name: string): NumberedName {
  const match = numberedName.exec(name);
  if (!match) {
    throw new Error(
      `"${name}" is not a numbered name: expected two digits, a dash and a lowercase slug, such as "03-waitgroup"`,
    );
  }
  return { order: Number(match[1]), slug: match[2]! };
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

export interface TourLesson {
  /** The content id, `<NN-chapter>/<NN-slug>`. */
  id: string;
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

export interface TourChapter {
  /** The chapter's folder name, `<NN-chapter>`. */
  id: string;
  slug: string;
  number: number;
  title: string;
  summary: string;
  lessons: TourLesson[];
}

export interface Tour {
  chapters: TourChapter[];
  /** Every lesson in reading order, across chapters. */
  lessons: TourLesson[];
}

function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

function failIfRepeated(what: string, values: readonly (string | number)[]): void {
  const seen = new Set<string | number>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`${what} "${value}" is used twice`);
    seen.add(value);
  }
}

/**
 * Orders chapters (ids `<NN-chapter>`) and lessons (ids `<NN-chapter>/<NN-slug>`)
 * into the tour. Throws, naming the entry, when a name is not numbered, a lesson's
 * folder has no chapter, a number or slug is used twice, or a chapter is empty.
 */
export function buildTour(
  chapterEntries: readonly Entry<ChapterInput>[],
  lessonEntries: readonly Entry<LessonInput>[],
): Tour {
  const chapters = chapterEntries
    .map((entry) => ({ entry, ...parseNumberedName(entry.id) }))
    .sort(byOrder);
  failIfRepeated(
    "Chapter number",
    chapters.map((c) => c.order),
  );
  failIfRepeated(
    "Chapter slug",
    chapters.map((c) => c.slug),
  );

  const lessonsByChapter = new Map<
    string,
    { entry: Entry<LessonInput>; order: number; slug: string }[]
  >(chapters.map((c) => [c.entry.id, []]));
  for (const entry of lessonEntries) {
    const [chapterId, lessonName, ...rest] = entry.id.split("/");
    if (!chapterId || !lessonName || rest.length > 0) {
      throw new Error(
        `Lesson "${entry.id}" must sit directly in a chapter folder: <NN-chapter>/<NN-slug>`,
      );
    }
    const siblings = lessonsByChapter.get(chapterId);
    if (!siblings) {
      throw new Error(
        `Lesson "${entry.id}" is in folder "${chapterId}", which has no chapter.yaml`,
      );
    }
    siblings.push({ entry, ...parseNumberedName(lessonName) });
  }

  const tourChapters = chapters.map((chapter, index): TourChapter => {
    const lessons = lessonsByChapter.get(chapter.entry.id)!.sort(byOrder);
    if (lessons.length === 0) throw new Error(`Chapter "${chapter.entry.id}" has no lessons`);
    failIfRepeated(
      `In chapter "${chapter.entry.id}", lesson number`,
      lessons.map((l) => l.order),
    );
    failIfRepeated(
      `In chapter "${chapter.entry.id}", lesson slug`,
      lessons.map((l) => l.slug),
    );
    return {
      id: chapter.entry.id,
      slug: chapter.slug,
      number: index + 1,
      title: chapter.entry.data.title,
      summary: chapter.entry.data.summary,
      lessons: lessons.map((lesson, position) => ({
        id: lesson.entry.id,
        title: lesson.entry.data.title,
        summary: lesson.entry.data.summary,
        chapterSlug: chapter.slug,
        chapterTitle: chapter.entry.data.title,
        slug: lesson.slug,
        path: `${chapter.slug}/${lesson.slug}/`,
        number: position + 1,
        chapterSize: lessons.length,
      })),
    };
  });

  return { chapters: tourChapters, lessons: tourChapters.flatMap((c) => c.lessons) };
}

export interface Neighbours {
  previous: TourLesson | undefined;
  next: TourLesson | undefined;
}

/** The lessons before and after `lessonId` in reading order, across chapter boundaries. */
export function neighbours(tour: Tour, lessonId: string): Neighbours {
  const index = tour.lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index < 0) throw new Error(`No lesson "${lessonId}" in the tour`);
  return { previous: tour.lessons[index - 1], next: tour.lessons[index + 1] };
}
