import { describe, expect, it } from "vitest";
import { goNotes } from "./go-notes.ts";

describe("goNotes", () => {
  it("names the constructs the TypeScript writes differently, most telling first, at most three", () => {
    const ts = `for await (const v of ch) {}\ntry { await ch.send(1); } finally { wg.done(); }\nawait select([recv(done)]);`;
    expect(goNotes(ts)).toEqual([
      "`for await (v of ch)` is `for v := range ch`",
      "`finally` is `defer`",
      "`select([…], fallback)` is `select { … default: }`",
    ]);
  });

  it("says null is a nil channel only where a channel is null", () => {
    expect(goNotes("let letters: RecvChan<string> | null = produce();")).toContain(
      "`null` is a nil channel",
    );
    expect(goNotes("const x = map.get(k) ?? null;")).not.toContain("`null` is a nil channel");
  });

  it("names the Go release a twin's build constraint asks for, first", () => {
    const notes = goNotes("try { } finally { }", "//go:build go1.25\n\npackage main\n");
    expect(notes).toEqual(["runs on Go 1.25 or later", "`finally` is `defer`"]);
  });

  it("has nothing to say of a program with nothing that differs", () => {
    expect(goNotes("console.log(1);")).toEqual([]);
  });
});
