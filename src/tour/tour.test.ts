import { describe, expect, it } from "vitest";
import { buildTour, neighbours, parseNumberedName, type Entry } from "./tour.ts";

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
    expect(tour.lessons.map((l) => l.id)).toEqual([
      "01-goroutines/01-go-statement",
      "01-goroutines/02-main-returns",
      "01-goroutines/10-cheap",
      "02-channels/01-send-receive",
      "02-channels/02-buffered",
    ]);
  });

  it("gives each lesson a number-free path and its place in the chapter", () => {
    const cheap = tour.lessons[2]!;
    expect(cheap).toMatchObject({
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
      'In chapter "01-a", lesson number "1" is used twice',
    );
    expect(() => buildTour([chapter("01-a")], [lesson("01-a/01-x"), lesson("01-a/02-x")])).toThrow(
      'In chapter "01-a", lesson slug "x" is used twice',
    );
    expect(() => buildTour([chapter("01-a"), chapter("01-b")], [])).toThrow(
      'Chapter number "1" is used twice',
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

  it("refuses an unknown lesson", () => {
    expect(() => neighbours(tour, "09-q/01-r")).toThrow('No lesson "09-q/01-r"');
  });
});
