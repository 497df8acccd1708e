import { describe, expect, it } from "vitest";
import { clipDump, clipLines, clipMessage, clipText, textLimits } from "./clip.ts";

describe("clipping what leaves the sandbox", () => {
  it("keeps short text as it is", () => {
    expect(clipText("hello", 10)).toBe("hello");
    expect(clipLines("a\nb\n", 10)).toBe("a\nb\n");
    expect(clipMessage("panic: boom\n\ngoroutine 1 [running]:\n")).toBe(
      "panic: boom\n\ngoroutine 1 [running]:\n",
    );
  });

  it("says how much it cut, and never splits a surrogate pair", () => {
    expect(clipText("abcdef", 3)).toBe("abc\n… [3 more characters cut]");
    expect(clipText("a😀b", 2, "")).toBe("a… [3 more characters cut]");
    expect(clipLines("short\n" + "x".repeat(10) + "\nend", 4)).toBe(
      "shor… [1 more characters cut]\nxxxx… [6 more characters cut]\nend",
    );
  });

  it("lists at most N goroutines of a dump, then how many more", () => {
    let dump = "fatal error: all goroutines are asleep - deadlock!\n";
    for (let i = 1; i <= 5; i++)
      dump += `\ngoroutine ${i} [chan receive]:\nmain.main()\n\tf.ts:1:1\n`;
    const cut = clipDump(dump, 2);
    expect(cut).toContain("goroutine 2 [");
    expect(cut).not.toContain("goroutine 3 [");
    expect(cut.endsWith("\n\n… and 3 more goroutines\n")).toBe(true);
    expect(clipDump(dump, 5)).toBe(dump);
  });

  it("caps a panic of a hundred million characters and a dump of twenty thousand goroutines", () => {
    const panic = clipMessage(`panic: ${"A".repeat(1e8)}\n\ngoroutine 1 [running]:\nmain.main()\n`);
    expect(panic.length).toBeLessThan(textLimits.line + 200);
    expect(panic).toContain("more characters cut]");
    expect(panic).toContain("goroutine 1 [running]:");
    let dump = "fatal error: all goroutines are asleep - deadlock!\n";
    for (let i = 1; i <= 20_000; i++)
      dump += `\ngoroutine ${i} [chan send]:\nmain.worker()\n\tmain.ts:3:5\ncreated by main.main in goroutine 1\n\tmain.ts:9:3\n`;
    const cut = clipMessage(dump);
    expect(cut.length).toBeLessThan(textLimits.message + textLimits.line + 200);
    expect(cut).toContain(
      `… and ${(20_000 - textLimits.goroutines).toLocaleString("en")} more goroutines`,
    );
    // A message of many short lines is cut by its total length.
    const lines = clipMessage("x\n".repeat(1e6));
    expect(lines.length).toBeLessThan(textLimits.message + 100);
    expect(lines).toMatch(/more characters cut\]$/);
  });
});
