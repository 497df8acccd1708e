import { describe, expect, it } from "vitest";
import {
  describeProgress,
  emptyProgress,
  mergeProgress,
  parseProgressFile,
  progressFileName,
  progressFileText,
  type Progress,
} from "./progress-file.ts";

const progress: Progress = {
  visited: ["goroutines/go-statement/", "goroutines/waitgroup/"],
  done: ["hello-workers"],
  hints: { "hello-workers": 2 },
  code: { "exercises/hello-workers": "export async function helloWorkers() {}\n" },
};
const when = new Date("2026-03-04T05:06:07Z");

/** A file's JSON with some fields replaced. */
function fileWith(fields: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(progressFileText(progress, when)), ...fields });
}

describe("progress files", () => {
  it("read back exactly what was written", () => {
    const text = progressFileText(progress, when);
    expect(JSON.parse(text)).toMatchObject({
      format: "concurrency-tour-progress",
      version: 1,
      exportedAt: "2026-03-04T05:06:07.000Z",
    });
    expect(parseProgressFile(text)).toEqual({ ok: true, progress });
    expect(progressFileName(when)).toBe("concurrency-tour-progress-2026-03-04.json");
  });

  it("refuse what is not JSON, or not a progress file, saying so and that nothing changed", () => {
    expect(parseProgressFile("hello")).toEqual({
      ok: false,
      error:
        "This file cannot be imported: it is not a progress file exported from this tour (it is not JSON). Nothing was changed.",
    });
    for (const text of ["[]", "null", '{"visited": []}', fileWith({ format: "other" })]) {
      const result = parseProgressFile(text);
      expect(result.ok, text).toBe(false);
      expect(!result.ok && result.error, text).toContain(
        "it is not a progress file exported from this tour.",
      );
    }
  });

  it("refuse another version, naming it", () => {
    const newer = parseProgressFile(fileWith({ version: 2 }));
    expect(!newer.ok && newer.error).toContain(
      "it was written by a newer version of the tour (version 2); this one reads version 1",
    );
    const odd = parseProgressFile(fileWith({ version: "1" }));
    expect(!odd.ok && odd.error).toContain('its version ("1") is not one this tour reads');
  });

  it.each([
    [{ visited: "goroutines/" }, '"visited" must be a list of page addresses'],
    [{ visited: [1, 2] }, '"visited" must be a list of page addresses'],
    [{ done: [""] }, '"done" must be a list of exercise names'],
    [{ hints: { "hello-workers": -1 } }, '"hints" must map exercise names to numbers of hints'],
    [{ hints: { "hello-workers": 1.5 } }, '"hints" must map exercise names to numbers of hints'],
    [{ code: { "exercises/x": 42 } }, '"code" must map program names to code'],
    [{ code: ["x"] }, '"code" must map program names to code'],
    [{ code: undefined }, '"code" must map program names to code'],
    [{ extra: true }, 'it has a field this tour does not know: "extra"'],
  ])("refuse a wrong field: %j", (fields, message) => {
    const result = parseProgressFile(fileWith(fields));
    expect(result).toEqual({
      ok: false,
      error: `This file cannot be imported: ${message}. Nothing was changed.`,
    });
  });

  it("keep a key named __proto__ as a key", () => {
    const text = progressFileText(
      { ...emptyProgress(), code: JSON.parse('{"__proto__": "x"}') as Record<string, string> },
      when,
    );
    const result = parseProgressFile(text);
    expect(result.ok && Object.keys(result.progress.code)).toEqual(["__proto__"]);
    expect(result.ok && Object.getPrototypeOf(result.progress.code)).toBe(Object.prototype);
  });
});

describe("mergeProgress", () => {
  it("keeps everything from both, the larger hint count, and the file's code", () => {
    const here: Progress = {
      visited: ["goroutines/waitgroup/", "channels/close/"],
      done: [],
      hints: { "hello-workers": 3, "equivalent-trees": 1 },
      code: { "exercises/hello-workers": "mine", "lessons/channels/close": "edited" },
    };
    expect(mergeProgress(here, progress)).toEqual({
      visited: ["goroutines/waitgroup/", "channels/close/", "goroutines/go-statement/"],
      done: ["hello-workers"],
      hints: { "hello-workers": 3, "equivalent-trees": 1 },
      code: {
        "exercises/hello-workers": progress.code["exercises/hello-workers"],
        "lessons/channels/close": "edited",
      },
    });
  });

  it("describes what a file holds", () => {
    expect(describeProgress(progress)).toBe(
      "2 lessons opened, 1 exercise done, code for 1 program",
    );
    expect(describeProgress(emptyProgress())).toBe(
      "0 lessons opened, 0 exercises done, code for 0 programs",
    );
  });
});
