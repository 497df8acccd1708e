import { freezeClasses } from "./harden.ts";
/**
 * Go's `errors` package, for programs that import `go/errors`.
 *
 * An error is a JavaScript `Error`; its `message` is what Go's `Error()`
 * method returns. An error wraps others when it has an `unwrap()` method that
 * returns one error (Go's `Unwrap() error`) or an array of them (Go's
 * `Unwrap() []error`).
 *
 * @module
 */

/**
 * The error that `errors.new(msg)` returns: Go's `*errors.errorString`.
 * Its `message` is the text it was made with. `fmt.errorf` without `%w`
 * returns one too, as Go's `fmt.Errorf` does.
 */
export class ErrorString extends Error {}

/**
 * The error `fmt.errorf` returns when its format has exactly one `%w`: Go's
 * `*fmt.wrapError`. Its `message` is the formatted text and `unwrap()` returns
 * the wrapped error, or `null` when the `%w` operand was not an error.
 */
export class WrapError extends Error {
  readonly #err: Error | null;

  /**
   * @param msg the error's text.
   * @param err the wrapped error, or `null`.
   */
  constructor(msg: string, err: Error | null) {
    super(msg);
    this.#err = err;
  }

  /** The wrapped error (Go's `Unwrap() error`), or `null`. */
  unwrap(): Error | null {
    return this.#err;
  }
}

/**
 * The error `fmt.errorf` returns when its format has more than one `%w`: Go's
 * `*fmt.wrapErrors` (Go 1.20). Its `message` is the formatted text and
 * `unwrap()` returns every wrapped error, in the order of the arguments.
 */
export class WrapErrors extends Error {
  readonly #errs: readonly Error[];

  /**
   * @param msg the error's text.
   * @param errs the wrapped errors.
   */
  constructor(msg: string, errs: readonly Error[]) {
    super(msg);
    this.#errs = [...errs];
  }

  /** The wrapped errors (Go's `Unwrap() []error`), as a new array. */
  unwrap(): Error[] {
    return [...this.#errs];
  }
}

/**
 * The error `errors.join` returns: Go's `*errors.joinError`. Its `message` is
 * the messages of the joined errors, one per line, and `unwrap()` returns
 * them.
 */
export class JoinError extends Error {
  readonly #errs: readonly Error[];

  /** @param errs the joined errors; there must be at least one. */
  constructor(errs: readonly Error[]) {
    super(errs.map((e) => e.message).join("\n"));
    this.#errs = [...errs];
  }

  /** The joined errors (Go's `Unwrap() []error`), as a new array. */
  unwrap(): Error[] {
    return [...this.#errs];
  }
}

/**
 * Returns an error whose message is `msg`: Go's `errors.New(text)`.
 * Each call returns a distinct error, even for the same text, so a sentinel
 * error made once and compared with `errors.is` behaves as in Go:
 *
 * ```ts
 * const ErrNotFound = errors.new("not found");
 * ```
 */
function newError(msg: string): Error {
  return new ErrorString(msg);
}

export { newError as new };

/** What an error's optional `unwrap()` method gives, read without trusting its type. */
function unwrapResult(err: unknown): unknown {
  if (typeof err !== "object" || err === null) return undefined;
  const method = (err as { unwrap?: unknown }).unwrap;
  return typeof method === "function"
    ? (method as () => unknown).call(err)
    : undefined;
}

/**
 * Visits `err` and the errors it wraps, depth first in pre-order, as Go's
 * `errors.Is` and `errors.As` do, until `found` returns a value other than
 * `undefined`. An error met a second time is not visited again: a Go program
 * whose `Unwrap` chain loops would hang; the tour's sandbox should not.
 */
function walk<T>(
  err: unknown,
  found: (e: unknown) => T | undefined,
  seen = new Set<unknown>(),
): T | undefined {
  for (let e = err; e !== null && e !== undefined && !seen.has(e);) {
    seen.add(e);
    const result = found(e);
    if (result !== undefined) return result;
    const next = unwrapResult(e);
    if (Array.isArray(next)) {
      for (const child of next) {
        const r = walk(child, found, seen);
        if (r !== undefined) return r;
      }
      return undefined;
    }
    e = next;
  }
  return undefined;
}

/**
 * Reports whether any error in `err`'s tree matches `target`: Go's
 * `errors.Is(err, target)`.
 *
 * The tree is `err` itself, then what its `unwrap()` returns, recursively; an
 * `unwrap()` returning an array (from `errors.join` or `fmt.errorf` with
 * several `%w`) is searched element by element, depth first. An error matches
 * when it is the same object as `target`, or when it has an
 * `is(target): boolean` method that returns `true` (Go's `Is(error) bool`).
 * `errors.is(null, null)` is `true`, as in Go.
 *
 * ```ts
 * const err = fmt.errorf("load config: %w", ErrNotFound);
 * errors.is(err, ErrNotFound); // true
 * ```
 */
export function is(err: unknown, target: unknown): boolean {
  if (
    err === null ||
    err === undefined ||
    target === null ||
    target === undefined
  ) {
    return (
      (err === null || err === undefined) &&
      (target === null || target === undefined)
    );
  }
  return (
    walk(err, (e) => {
      if (e === target) return true;
      const method = (e as { is?: unknown }).is;
      if (
        typeof method === "function" &&
        (method as (t: unknown) => unknown).call(e, target) === true
      )
        return true;
      return undefined;
    }) === true
  );
}

/**
 * Returns the first error in `err`'s tree that is an instance of `target`, or
 * `null`: Go's `errors.As(err, &target)`, which in Go fills a variable and
 * reports whether it found one. The tree is searched as `errors.is` searches
 * it.
 *
 * ```ts
 * const pe = errors.as(err, PathError);
 * if (pe !== null) fmt.println("failed at", pe.path);
 * ```
 *
 * @throws TypeError when `target` is not a class, as Go's `errors.As` panics
 * on a target that is not a non-nil pointer.
 */
export function as<T>(
  err: unknown,
  target: abstract new (...args: never[]) => T,
): T | null {
  if (typeof target !== "function") {
    throw new TypeError("errors: target must be a class");
  }
  return walk(err, (e) => (e instanceof target ? e : undefined)) ?? null;
}

/**
 * Returns what `err.unwrap()` returns when that is a single error, else
 * `null`: Go's `errors.Unwrap(err)`. Like Go's, it does not unwrap errors
 * whose `unwrap()` returns an array (from `errors.join`, or `fmt.errorf` with
 * several `%w`); `errors.is` and `errors.as` do.
 */
export function unwrap(err: unknown): Error | null {
  const next = unwrapResult(err);
  if (next === undefined || next === null || Array.isArray(next)) return null;
  return next as Error;
}

/**
 * Returns an error that wraps the given errors: Go's `errors.Join(errs...)`
 * (Go 1.20). `null` and `undefined` are left out; when nothing is left it
 * returns `null`. The message is the messages of the errors, one per line,
 * and `unwrap()` returns the errors, so `errors.is` and `errors.as` find each
 * of them.
 */
export function join(...errs: (Error | null | undefined)[]): Error | null {
  const present = errs.filter((e): e is Error => e !== null && e !== undefined);
  return present.length === 0 ? null : new JoinError(present);
}

freezeClasses(ErrorString, WrapError, WrapErrors, JoinError);
