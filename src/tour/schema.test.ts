import { describe, expect, it } from "vitest";
import { chapterSchema, lessonSchema } from "./schema.ts";

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
