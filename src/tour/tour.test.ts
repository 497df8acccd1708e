import { describe, expect, it } from "vitest";
import {
  buildTour,
  type Entry,
  type ExerciseInput,
  isSlug,
  neighbours,
  parseNumberedName,
} from "./tour.ts";

const chapter = (id: string, title = id): Entry<{ title: string; summary: string }> => ({
  id,
  data: { title, summary: `About ${title}.` },
});
const lesson = chapter;

describe("parseNumberedName", () => {
  it("splits the order from the slug", () => {
    expect(parseNumberedName("03-waitgroup")).toEqual({ order: 3, slug: "waitgroup" });
    expect(parseNumberedName("12-or-done")).toEqual({ order: 12, slug: "or-done" });
  });

  it.each(["waitgroup", "3-waitgroup", "03_waitgroup", "03-WaitGroup", "03-", "03-a--b"])(
    "rejects %j",
    (name) => {
      expect(() => parseNumberedName(name)).toThrow(`"${name}" is not a numbered name`);
    },
  );
});

describe("buildTour", () => {
  const tour = buildTour(
    [chapter("02-channels", "Channels"), chapter("01-goroutines", "Goroutines")],
    [
      lesson("02-channels/02-buffered", "Buffered"),
      lesson("01-goroutines/02-main-returns", "Main returns"),
      lesson("02-channels/01-send-receive", "Send and receive"),
      lesson("01-goroutines/01-go-statement", "The go statement"),
      lesson("01-goroutines/10-cheap", "Cheap"),
    ],
  );

  it("orders chapters and lessons by their numbers, not by input order or text", () => {
    expect(tour.chapters.map((c) => c.title)).toEqual(["Goroutines", "Channels"]);
    expect(tour.pages.map((l) => l.id)).toEqual([
      "01-goroutines/01-go-statement",
      "01-goroutines/02-main-returns",
      "01-goroutines/10-cheap",
      "02-channels/01-send-receive",
      "02-channels/02-buffered",
    ]);
  });

  it("gives each lesson a number-free path and its place in the chapter", () => {
    const cheap = tour.pages[2]!;
    expect(cheap).toMatchObject({
      kind: "lesson",
      path: "goroutines/cheap/",
      chapterSlug: "goroutines",
      chapterTitle: "Goroutines",
      number: 3,
      chapterSize: 3,
    });
    expect(tour.chapters[1]).toMatchObject({ slug: "channels", number: 2 });
  });

  it("refuses a lesson whose folder has no chapter", () => {
    expect(() => buildTour([chapter("01-goroutines")], [lesson("02-channels/01-send")])).toThrow(
      'Lesson "02-channels/01-send" is in folder "02-channels", which has no chapter.yaml',
    );
  });

  it("refuses repeated numbers and slugs, unnumbered names and empty chapters", () => {
    expect(() => buildTour([chapter("01-a")], [lesson("01-a/01-x"), lesson("01-a/01-y")])).toThrow(
      'In chapter "01-a", lesson number "1" is used twice: by content/lessons/01-a/01-x.mdx and by content/lessons/01-a/01-y.mdx',
    );
    expect(() => buildTour([chapter("01-a")], [lesson("01-a/01-x"), lesson("01-a/02-x")])).toThrow(
      'In chapter "01-a", lesson slug "x" is used twice: by content/lessons/01-a/01-x.mdx and by content/lessons/01-a/02-x.mdx',
    );
    expect(() => buildTour([chapter("01-a"), chapter("01-b")], [])).toThrow(
      'Chapter number "1" is used twice: by content/lessons/01-a/chapter.yaml and by content/lessons/01-b/chapter.yaml',
    );
    expect(() => buildTour([chapter("01-a")], [lesson("01-a/intro")])).toThrow(
      '"intro" is not a numbered name',
    );
    expect(() => buildTour([chapter("01-a"), chapter("02-b")], [lesson("01-a/01-x")])).toThrow(
      'Chapter "02-b" has no lessons',
    );
  });
});

describe("neighbours", () => {
  const tour = buildTour(
    [chapter("01-a"), chapter("02-b")],
    [lesson("01-a/01-x"), lesson("01-a/02-y"), lesson("02-b/01-z")],
  );

  it("links lessons in reading order, across chapter boundaries", () => {
    expect(neighbours(tour, "01-a/02-y")).toMatchObject({
      previous: { id: "01-a/01-x" },
      next: { id: "02-b/01-z" },
    });
    expect(neighbours(tour, "02-b/01-z").previous?.id).toBe("01-a/02-y");
  });

  it("has no previous before the first lesson and no next after the last", () => {
    expect(neighbours(tour, "01-a/01-x").previous).toBeUndefined();
    expect(neighbours(tour, "02-b/01-z").next).toBeUndefined();
  });

  it("refuses an unknown page", () => {
    expect(() => neighbours(tour, "09-q/01-r")).toThrow('No page "09-q/01-r"');
  });
});

describe("exercises in the tour", () => {
  const exercise = (
    id: string,
    chapterId: string,
    order: number,
    title = id,
  ): Entry<ExerciseInput> => ({
    id,
    data: { title, summary: `About ${title}.`, chapter: chapterId, order, difficulty: "easy" },
  });

  const tour = buildTour(
    [chapter("01-goroutines", "Goroutines"), chapter("02-channels", "Channels")],
    [
      lesson("01-goroutines/01-go"),
      lesson("01-goroutines/02-wait"),
      lesson("01-goroutines/03-cheap"),
      lesson("02-channels/01-send"),
    ],
    [
      exercise("last-word", "01-goroutines", 9),
      exercise("hello-workers", "01-goroutines", 2, "Hello from N workers"),
      exercise("first-word", "01-goroutines", 3),
    ],
  );

  it("places an exercise with order k right after lesson k", () => {
    expect(tour.chapters[0]!.pages.map((p) => `${p.kind} ${p.id}`)).toEqual([
      "lesson 01-goroutines/01-go",
      "lesson 01-goroutines/02-wait",
      "exercise hello-workers",
      "lesson 01-goroutines/03-cheap",
      "exercise first-word",
      "exercise last-word",
    ]);
  });

  it("gives an exercise an address in its chapter, and counts it in the chapter's size", () => {
    const hello = tour.pages.find((p) => p.id === "hello-workers")!;
    expect(hello).toEqual({
      kind: "exercise",
      id: "hello-workers",
      title: "Hello from N workers",
      summary: "About Hello from N workers.",
      chapterSlug: "goroutines",
      chapterTitle: "Goroutines",
      slug: "hello-workers",
      path: "goroutines/hello-workers/",
      number: 3,
      chapterSize: 6,
      difficulty: "easy",
    });
    expect(tour.pages.find((p) => p.id === "01-goroutines/03-cheap")).toMatchObject({
      number: 4,
      chapterSize: 6,
    });
  });

  it("walks lessons and exercises alike with Next and Previous, across chapters", () => {
    expect(neighbours(tour, "hello-workers")).toMatchObject({
      previous: { id: "01-goroutines/02-wait" },
      next: { id: "01-goroutines/03-cheap" },
    });
    expect(neighbours(tour, "last-word").next?.id).toBe("02-channels/01-send");
    expect(neighbours(tour, "02-channels/01-send").previous?.id).toBe("last-word");
  });

  it("refuses an unknown chapter, a repeated order, a taken address and a bad slug", () => {
    const chapters = [chapter("01-a")];
    const lessons = [lesson("01-a/01-x")];
    expect(() => buildTour(chapters, lessons, [exercise("e", "02-b", 1)])).toThrow(
      'Exercise "e" names chapter "02-b", which has no chapter.yaml',
    );
    expect(() =>
      buildTour(chapters, lessons, [exercise("e", "01-a", 1), exercise("f", "01-a", 1)]),
    ).toThrow(
      'In chapter "01-a", exercise order "1" is used twice: by content/exercises/e/index.mdx and by content/exercises/f/index.mdx',
    );
    expect(() => buildTour(chapters, lessons, [exercise("x", "01-a", 1)])).toThrow(
      'Exercise "x" has the address of a lesson in chapter "01-a"',
    );
    expect(() => buildTour(chapters, lessons, [exercise("Hello_World", "01-a", 1)])).toThrow(
      'Exercise folder "Hello_World" is not a slug',
    );
  });

  it("knows a slug when it sees one", () => {
    expect(["hello-workers", "or-done", "tee", "k8s"].every(isSlug)).toBe(true);
    expect(["Hello", "a--b", "-a", "a-", "a_b", "03-x/y", ""].some(isSlug)).toBe(false);
  });
});
