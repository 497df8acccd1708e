import { describe, expect, test } from "vitest";
import * as errors from "./errors.ts";
import { errorf } from "./format.ts";

/** Go: `type PathError struct{ Path string; Err error }` with `Error()` and `Unwrap()`. */
class PathError extends Error {
  constructor(
    readonly path: string,
    readonly err: Error,
  ) {
    super(`open ${path}: ${err.message}`);
  }
  unwrap(): Error {
    return this.err;
  }
}

/** Go: an error type with an `Is(target error) bool` method that matches by code. */
class CodeError extends Error {
  constructor(readonly code: number) {
    super(`code ${code}`);
  }
  is(target: unknown): boolean {
    return target instanceof CodeError && target.code === this.code;
  }
}

describe("errors.new", () => {
  test("makes an Error whose message is the text", () => {
    const err = errors.new("boom");
    expect(err).toBeInstanceOf(Error);
    expect(err).toBeInstanceOf(errors.ErrorString);
    expect(err.message).toBe("boom");
    expect(err.stack).toContain("boom");
  });

  test("makes a distinct error on each call, as Go's errors.New does", () => {
    expect(errors.new("x")).not.toBe(errors.new("x"));
    expect(errors.is(errors.new("x"), errors.new("x"))).toBe(false);
  });
});

describe("errors.is", () => {
  const ErrNotFound = errors.new("not found");

  test("matches the error itself", () => {
    expect(errors.is(ErrNotFound, ErrNotFound)).toBe(true);
  });

  test("follows unwrap() through every level", () => {
    const err = errorf(
      "layer 2: %w",
      errorf("layer 1: %w", new PathError("/x", ErrNotFound)),
    );
    expect(errors.is(err, ErrNotFound)).toBe(true);
    expect(errors.is(err, errors.new("not found"))).toBe(false);
  });

  test("searches errors.join and multi-%w trees depth first", () => {
    const a = errors.new("a");
    const b = errors.new("b");
    const c = errors.new("c");
    const tree = errors.join(
      a,
      errorf("%w and %w", b, errorf("wrapped: %w", c)),
    );
    for (const e of [a, b, c]) expect(errors.is(tree, e)).toBe(true);
    expect(errors.is(tree, errors.new("a"))).toBe(false);
  });

  test("honours an is(target) method", () => {
    const err = errorf("request: %w", new CodeError(404));
    expect(errors.is(err, new CodeError(404))).toBe(true);
    expect(errors.is(err, new CodeError(500))).toBe(false);
  });

  test("treats nil as Go does: only nil is nil", () => {
    expect(errors.is(null, null)).toBe(true);
    expect(errors.is(undefined, null)).toBe(true);
    expect(errors.is(null, ErrNotFound)).toBe(false);
    expect(errors.is(ErrNotFound, null)).toBe(false);
  });

  test("does not follow JavaScript's cause property, which Go has no counterpart of", () => {
    const err = new Error("outer", { cause: ErrNotFound });
    expect(errors.is(err, ErrNotFound)).toBe(false);
  });

  test("stops on an unwrap() that loops back", () => {
    const loop: Error & { unwrap?: () => Error } = new Error("loop");
    loop.unwrap = () => loop;
    expect(errors.is(loop, ErrNotFound)).toBe(false);
  });
});

describe("errors.as", () => {
  test("returns the first error of the class in the tree", () => {
    const inner = new PathError("/a", errors.new("denied"));
    const outer = new PathError("/b", inner);
    const err = errorf("load: %w", outer);
    expect(errors.as(err, PathError)).toBe(outer);
    expect(errors.as(outer.err, PathError)).toBe(inner);
  });

  test("finds errors inside a join, in order", () => {
    const code = new CodeError(7);
    const path = new PathError("/p", code);
    const joined = errors.join(errors.new("x"), path);
    expect(errors.as(joined, CodeError)).toBe(code);
    expect(errors.as(joined, PathError)).toBe(path);
  });

  test("returns null when nothing matches, or for nil", () => {
    expect(errors.as(errorf("x: %w", errors.new("y")), PathError)).toBeNull();
    expect(errors.as(null, PathError)).toBeNull();
  });

  test("accepts any class, Error itself included", () => {
    const e = errors.new("z");
    expect(errors.as(e, Error)).toBe(e);
    expect(errors.as(e, errors.ErrorString)).toBe(e);
  });

  test("throws on a target that is not a class, as Go's As panics on a bad target", () => {
    expect(() => errors.as(errors.new("z"), null as never)).toThrow(
      "errors: target must be a class",
    );
  });
});

describe("errors.unwrap", () => {
  test("returns the single wrapped error", () => {
    const base = errors.new("base");
    expect(errors.unwrap(errorf("ctx: %w", base))).toBe(base);
    expect(errors.unwrap(new PathError("/p", base))).toBe(base);
  });

  test("returns null for an error that wraps nothing", () => {
    expect(errors.unwrap(errors.new("x"))).toBeNull();
    expect(errors.unwrap(errorf("x: %v", errors.new("y")))).toBeNull();
    expect(errors.unwrap(errorf("x: %w", "not an error"))).toBeNull();
    expect(errors.unwrap(null)).toBeNull();
  });

  test("does not unwrap joined errors, as Go's Unwrap does not", () => {
    expect(
      errors.unwrap(errors.join(errors.new("a"), errors.new("b"))),
    ).toBeNull();
    expect(
      errors.unwrap(errorf("%w %w", errors.new("a"), errors.new("b"))),
    ).toBeNull();
  });
});

describe("errors.join", () => {
  test("joins messages with newlines and wraps every error", () => {
    const a = errors.new("a");
    const b = errors.new("b");
    const err = errors.join(a, null, b, undefined);
    expect(err).toBeInstanceOf(errors.JoinError);
    expect(err!.message).toBe("a\nb");
    expect((err as errors.JoinError).unwrap()).toEqual([a, b]);
  });

  test("returns null when every error is nil", () => {
    expect(errors.join()).toBeNull();
    expect(errors.join(null, undefined)).toBeNull();
  });

  test("of one error has that error's message", () => {
    expect(errors.join(errors.new("only"))!.message).toBe("only");
  });
});

describe("the wrapping classes", () => {
  test("WrapError keeps its error and message", () => {
    const base = errors.new("base");
    const w = new errors.WrapError("ctx: base", base);
    expect(w.message).toBe("ctx: base");
    expect(w.unwrap()).toBe(base);
    expect(new errors.WrapError("m", null).unwrap()).toBeNull();
  });

  test("unwrap() of WrapErrors and JoinError returns a copy the caller may change", () => {
    const a = errors.new("a");
    const w = new errors.WrapErrors("a", [a]);
    w.unwrap().push(errors.new("b"));
    expect(w.unwrap()).toEqual([a]);
    const j = errors.join(a) as errors.JoinError;
    j.unwrap().length = 0;
    expect(j.unwrap()).toEqual([a]);
  });
});
