import { describe, expect, it } from "vitest";
import { joinBase } from "./base-path.ts";

describe("joinBase", () => {
  it("joins the root base and a path", () => {
    expect(joinBase("/", "")).toBe("/");
    expect(joinBase("/", "goroutines/waitgroup/")).toBe("/goroutines/waitgroup/");
  });

  it("accepts a base with or without slashes around it", () => {
    for (const base of ["/tour/", "/tour", "tour", "tour/"]) {
      expect(joinBase(base, "goroutines/cheap/")).toBe("/tour/goroutines/cheap/");
      expect(joinBase(base, "")).toBe("/tour/");
    }
  });

  it("does not double a slash the path starts with", () => {
    expect(joinBase("/tour/", "/favicon.svg")).toBe("/tour/favicon.svg");
    expect(joinBase("/a/b/", "c")).toBe("/a/b/c");
  });
});
