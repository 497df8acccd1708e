import { describe, expect, it } from "vitest";
import { chapterSchema, exerciseSchema, lessonSchema } from "./schema.ts";

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("lesson frontmatter", () => {
  it("accepts a title and a summary", () => {
    const result = lessonSchema.safeParse({
      title: "The go statement",
      summary: "Start a goroutine.",
    });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ title: "The go statement", summary: "Start a goroutine." });
  });

  it("requires a title", () => {
    const result = lessonSchema.safeParse({ summary: "Start a goroutine." });
    expect(result.success).toBe(false);
    expect(issues(result)).toEqual([expect.stringMatching(/^title: /)]);
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    const result = lessonSchema.safeParse({ titel: "Oops", title: "T", summary: "S" });
    expect(result.success).toBe(false);
    expect(issues(result).join("\n")).toContain("titel");
  });

  it("rejects a title that is not text, or is blank", () => {
    expect(lessonSchema.safeParse({ title: 42, summary: "S" }).success).toBe(false);
    expect(lessonSchema.safeParse({ title: "   ", summary: "S" }).success).toBe(false);
  });
});

describe("chapter.yaml", () => {
  it("accepts a title and a summary", () => {
    expect(
      chapterSchema.safeParse({ title: "Goroutines", summary: "Run things at once." }).success,
    ).toBe(true);
  });

  it("requires a summary and rejects unknown fields", () => {
    expect(issues(chapterSchema.safeParse({ title: "Goroutines" }))).toEqual([
      expect.stringMatching(/^summary: /),
    ]);
    expect(chapterSchema.safeParse({ title: "G", summary: "S", order: 1 }).success).toBe(false);
  });
});

describe("exercise frontmatter", () => {
  const schema = exerciseSchema(["01-goroutines", "02-channels"]);
  const good = {
    title: "Hello from N workers",
    summary: "Start N goroutines and wait for them all.",
    chapter: "01-goroutines",
    order: 6,
    difficulty: "easy",
    filename: "workers.ts",
    hints: ["Count the workers with a `sync.WaitGroup`.", "Write greeting i to index i."],
  };

  it("accepts a complete exercise", () => {
    const result = schema.safeParse(good);
    expect(issues(result)).toEqual([]);
    expect(result.data).toEqual(good);
  });

  it("refuses a chapter that is not a chapter folder, naming the field and the choices", () => {
    const result = schema.safeParse({ ...good, chapter: "01-gorutines" });
    expect(issues(result)).toEqual([
      'chapter: "01-gorutines" is not a chapter: expected the name of a folder in content/lessons, one of "01-goroutines", "02-channels"',
    ]);
  });

  it("refuses a difficulty other than easy, medium or hard, naming the field", () => {
    const result = schema.safeParse({ ...good, difficulty: "tricky" });
    expect(issues(result)).toEqual([expect.stringMatching(/^difficulty: .*"easy"/)]);
  });

  it("wants the order a positive whole number", () => {
    for (const order of [0, -1, 2.5, "6"]) {
      expect(issues(schema.safeParse({ ...good, order })), String(order)).toEqual([
        expect.stringMatching(/^order: /),
      ]);
    }
  });

  it("wants at least two hints, none blank", () => {
    expect(issues(schema.safeParse({ ...good, hints: ["Only one."] }))).toEqual([
      expect.stringMatching(/^hints: /),
    ]);
    expect(issues(schema.safeParse({ ...good, hints: ["One.", "  "] }))).toEqual([
      expect.stringMatching(/^hints\.1: /),
    ]);
  });

  it("wants a file name ending in .ts", () => {
    for (const filename of ["workers.js", "Workers.ts", "my workers.ts", "../x.ts", "dir/x.ts"]) {
      expect(issues(schema.safeParse({ ...good, filename })), filename).toEqual([
        "filename: expected a lowercase file name ending in .ts, such as workers.ts",
      ]);
    }
  });

  it("requires every field and rejects unknown ones", () => {
    const { hints: _hints, ...withoutHints } = good;
    expect(issues(schema.safeParse(withoutHints))).toEqual([expect.stringMatching(/^hints: /)]);
    expect(issues(schema.safeParse({ ...good, level: "easy" })).join("\n")).toContain("level");
  });
});
