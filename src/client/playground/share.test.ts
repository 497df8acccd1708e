import { describe, expect, it } from "vitest";
import { readFragment, shareFragment } from "./share.ts";

describe("share links", () => {
  it("round-trip any code through the URL fragment", () => {
    const code =
      'import { chan } from "go";\n// ünïcödé, emoji 🐹, symbols +/=&#%\nexport async function main() {}\n';
    const fragment = shareFragment("01-goroutines/go-statement", code);
    expect(fragment).toMatch(
      /^#example=01-goroutines%2Fgo-statement&length=\d+&code=[A-Za-z0-9+\-$]+$/,
    );
    expect(readFragment(fragment)).toEqual({
      kind: "code",
      exampleId: "01-goroutines/go-statement",
      code,
    });
  });

  it("say when there is nothing shared", () => {
    expect(readFragment("")).toEqual({ kind: "none" });
    expect(readFragment("#section-2")).toEqual({ kind: "none" });
  });

  it("recognise a damaged or truncated link", () => {
    const fragment = shareFragment(
      "ex",
      "export async function main() { /* a long enough program */ }\n",
    );
    expect(readFragment(fragment.slice(0, fragment.length - 12))).toEqual({
      kind: "broken",
      exampleId: "ex",
    });
    for (const cut of [3, 7, 20, 40]) {
      expect(readFragment(fragment.slice(0, fragment.length - cut))).toEqual({
        kind: "broken",
        exampleId: "ex",
      });
    }
    expect(readFragment("#example=ex&length=10&code=%%%not-lz")).toEqual({
      kind: "broken",
      exampleId: "ex",
    });
    expect(readFragment("#example=ex&length=0&code=")).toEqual({ kind: "broken", exampleId: "ex" });
  });
});
