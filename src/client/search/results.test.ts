import { describe, expect, it } from "vitest";
import { arrowTarget, excerptParts, resultsSummary, shownResults } from "./results.ts";

describe("resultsSummary", () => {
  it("says none, one, or how many, with the query", () => {
    expect(resultsSummary("wombat", 0)).toBe("No page mentions “wombat”");
    expect(resultsSummary("thermometer", 1)).toBe("1 page mentions “thermometer”");
    expect(resultsSummary("close", 3)).toBe("3 pages mention “close”");
  });

  it("says when only the first results are listed", () => {
    expect(resultsSummary("go", shownResults)).toBe(`${shownResults} pages mention “go”`);
    expect(resultsSummary("go", 61)).toBe(
      `61 pages mention “go”; the first ${shownResults} are listed`,
    );
  });
});

describe("arrowTarget", () => {
  it("goes down from the field through the results and round to the first", () => {
    expect(arrowTarget(-1, "ArrowDown", 3)).toBe(0);
    expect(arrowTarget(0, "ArrowDown", 3)).toBe(1);
    expect(arrowTarget(2, "ArrowDown", 3)).toBe(0);
  });

  it("goes up through the results and back to the field", () => {
    expect(arrowTarget(2, "ArrowUp", 3)).toBe(1);
    expect(arrowTarget(0, "ArrowUp", 3)).toBe(-1);
    expect(arrowTarget(-1, "ArrowUp", 3)).toBe(-1);
  });

  it("stays in the field when there is nothing to reach", () => {
    expect(arrowTarget(-1, "ArrowDown", 0)).toBe(-1);
    expect(arrowTarget(-1, "ArrowUp", 0)).toBe(-1);
  });
});

describe("excerptParts", () => {
  it("splits an excerpt at its marks", () => {
    expect(excerptParts("The <mark>thermometer</mark> sends three readings")).toEqual([
      { text: "The ", marked: false },
      { text: "thermometer", marked: true },
      { text: " sends three readings", marked: false },
    ]);
  });

  it("decodes what the index escaped, so a receive reads as written", () => {
    expect(excerptParts("and <mark>&lt;-chan</mark> float64 &amp; more")).toEqual([
      { text: "and ", marked: false },
      { text: "<-chan", marked: true },
      { text: " float64 & more", marked: false },
    ]);
    expect(excerptParts("a &#60; b &#x3E; c &unknown; d && e")).toEqual([
      { text: "a < b > c &unknown; d && e", marked: false },
    ]);
  });

  it("takes no other tag for a tag: it stays text, never markup", () => {
    expect(excerptParts('chan<string> and <img src=x onerror="alert(1)">')).toEqual([
      { text: 'chan<string> and <img src=x onerror="alert(1)">', marked: false },
    ]);
  });

  it("joins neighbouring pieces and drops empty ones", () => {
    expect(excerptParts("<mark>wg</mark><mark>.wait</mark>() and")).toEqual([
      { text: "wg.wait", marked: true },
      { text: "() and", marked: false },
    ]);
    expect(excerptParts("")).toEqual([]);
  });
});
