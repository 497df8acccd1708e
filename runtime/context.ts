// Package context, after Go's context/context.go: a tree of contexts in
// which cancelling a node closes its done channel and cancels every node
// below it. The node kinds are Go's: emptyCtx (Background, TODO), cancelCtx,
// timerCtx (a cancelCtx with a deadline), valueCtx, withoutCancelCtx and
// afterFuncCtx. A child registers with the nearest cancelCtx above it; a
// context of another kind (one the learner wrote) is watched from a
// goroutine, as Go watches it.
//
// Deadlines are runtime timers on virtual time that cancel the context when
// the clock reaches them. Go cancels from a goroutine that time.AfterFunc
// starts; cancelling in the timer itself is that goroutine running at once,
// one of the schedules Go allows, and keeps the deadline exact.

import { Chan, closechan, type RecvChan } from "./chan.ts";
import { goTypeName } from "./format.ts";
import { GoPanic } from "./panic.ts";
import { race } from "./race.ts";
import { getsched, newproc } from "./sched.ts";
import { recv, select } from "./select.ts";
import {
  type Duration,
  durationString,
  now,
  type Time,
  until,
} from "./time.ts";
import { Timer as RuntimeTimer } from "./timer.ts";
import { freezeClasses } from "./harden.ts";

/**
 * Carries a deadline, a cancellation signal and request-scoped values
 * across API boundaries and goroutines: Go's `context.Context`. Pass it as
 * the first argument, named `ctx`; derive children with `withCancel`,
 * `withTimeout`, `withDeadline` and `withValue`.
 */
export interface Context {
  /** When the work should be cancelled: `[t, true]`, or `[undefined, false]` with no deadline. */
  deadline(): [Time, true] | [undefined, false];
  /**
   * A channel that is closed when the context is cancelled or its deadline
   * passes; `null` (a channel that never fires) if it can never be
   * cancelled. Use it in a select: `recv(ctx.done(), ...)`.
   */
  done(): RecvChan<void> | null;
  /** `null` while not done; then `Canceled` or `DeadlineExceeded`, for good. */
  err(): Error | null;
  /** The value stored for `key` by `withValue` on this context or an ancestor, or `null`. */
  value(key: unknown): unknown;
}

/** Ends the context's work (Go's `CancelFunc`). Calls after the first do nothing; it does not wait for the work to stop. */
export type CancelFunc = () => void;

/** Like `CancelFunc`, recording `cause` for `context.cause` (Go's `CancelCauseFunc`). */
export type CancelCauseFunc = (cause?: Error | null) => void;

/** The error `err()` returns once a context is cancelled: `context canceled`. */
export const Canceled: Error = new Error("context canceled");

class DeadlineExceededError extends Error {
  constructor() {
    super("context deadline exceeded");
  }

  /** Go's net.Error: a deadline is a timeout. */
  timeout(): boolean {
    return true;
  }

  temporary(): boolean {
    return true;
  }

  get [Symbol.for("go.type")](): string {
    return "context.deadlineExceededError";
  }
}

/**
 * The error `err()` returns once a context's deadline has passed: `context
 * deadline exceeded`. Its `timeout()` is true, as in Go.
 */
export const DeadlineExceeded: Error & { timeout(): boolean } =
  new DeadlineExceededError();

// The key under which a context answers with its nearest cancelCtx (Go's &cancelCtxKey).
const cancelCtxKey = Symbol("cancelCtxKey");

// How Go names a context in another's String(): its String(), else its type.
function contextName(c: Context): string {
  return hasOwnString(c) ? String(c) : goTypeName(c);
}

function hasOwnString(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const f = (v as { toString?: unknown }).toString;
  return (
    typeof f === "function" &&
    f !== Object.prototype.toString &&
    f !== Array.prototype.toString &&
    f !== Error.prototype.toString
  );
}

// Go's stringify for WithValue's String: a Stringer's text, a string, <nil>, else the type.
function stringify(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "<nil>";
  if (typeof v === "symbol") return v.toString();
  return hasOwnString(v) ? String(v) : goTypeName(v);
}

class EmptyCtx implements Context {
  constructor(private readonly name: string) {}

  deadline(): [undefined, false] {
    return [undefined, false];
  }

  done(): null {
    return null;
  }

  err(): null {
    return null;
  }

  value(): null {
    return null;
  }

  toString(): string {
    return this.name;
  }
}

const backgroundCtx = new EmptyCtx("context.Background");
const todoCtx = new EmptyCtx("context.TODO");

/**
 * The root of every context tree: never cancelled, no deadline, no values
 * (Go's `context.Background()`). Its `done()` is `null`.
 */
export function background(): Context {
  return backgroundCtx;
}

/** A placeholder root, for when it is not yet clear which context to use (Go's `context.TODO()`). */
export function todo(): Context {
  return todoCtx;
}

class CancelCtx implements Context {
  /** Made when first asked for (Go makes it lazily too), closed by the first cancel. */
  private doneChan: Chan<void> | null = null;
  /** Set to null by the first cancel. */
  children: Set<CancelCtx> | null = null;
  /** Set by the first cancel. */
  errv: Error | null = null;
  causev: Error | null = null;

  constructor(readonly parent: Context) {}

  deadline(): [Time, true] | [undefined, false] {
    return this.parent.deadline();
  }

  done(): RecvChan<void> {
    // Go loads the channel atomically; cancel stores it: an edge for the race detector.
    if (race !== null) race.acquire(getsched().curg, this);
    let d = this.doneChan;
    if (d === null) {
      d = this.doneChan = new Chan<void>(0);
      if (this.errv !== null) d.closed = true;
    }
    return d;
  }

  err(): Error | null {
    if (race !== null) race.acquire(getsched().curg, this);
    return this.errv;
  }

  value(key: unknown): unknown {
    return lookup(this, key);
  }

  /** Arranges for this context to be cancelled when `parent` is. */
  propagateCancel(parent: Context): void {
    const done = parent.done();
    if (done === null) return; // never cancelled
    if (done instanceof Chan && done.closed) {
      this.cancel(false, parent.err()!, cause(parent));
      return;
    }
    const p = parentCancelCtx(parent);
    if (p !== null) {
      if (p.errv !== null) this.cancel(false, p.errv, p.causev);
      else (p.children ??= new Set()).add(this);
      return;
    }
    newproc(watchParent as (...args: never[]) => unknown, [parent, this]);
  }

  /**
   * Closes done, cancels every child with the same error and cause, and, if
   * `removeFromParent`, leaves the parent's set of children.
   */
  cancel(removeFromParent: boolean, err: Error, cause: Error | null): void {
    if (this.errv !== null) return;
    this.errv = err;
    this.causev = cause ?? err;
    if (race !== null) race.releaseMerge(getsched().curg, this);
    if (this.doneChan !== null) closechan(this.doneChan as Chan<unknown>);
    const children = this.children;
    this.children = null;
    if (children !== null)
      for (const child of children) child.cancel(false, err, this.causev);
    if (removeFromParent) removeChild(this.parent, this);
  }

  toString(): string {
    return `${contextName(this.parent)}.WithCancel`;
  }
}

// Cancels `child` when `parent` is done: for parents that are not ours.
async function watchParent(parent: Context, child: CancelCtx): Promise<void> {
  await select([
    recv(parent.done(), () =>
      child.cancel(false, parent.err()!, cause(parent)),
    ),
    recv(child.done()),
  ]);
}

/**
 * The cancelCtx that stands behind `parent`, found through its values, if
 * its done channel is the one `parent` reports (a context that wraps one of
 * ours but replaces done must be watched instead).
 */
function parentCancelCtx(parent: Context): CancelCtx | null {
  const done = parent.done();
  if (done === null || (done instanceof Chan && done.closed)) return null;
  const p = parent.value(cancelCtxKey);
  if (!(p instanceof CancelCtx) || p.done() !== done) return null;
  return p;
}

function removeChild(parent: Context, child: CancelCtx): void {
  parentCancelCtx(parent)?.children?.delete(child);
}

// Go's value(): walks up the tree without recursion.
function lookup(c: Context, key: unknown): unknown {
  for (;;) {
    if (c instanceof ValueCtx) {
      if (c.key === key) return c.val;
      c = c.parent;
    } else if (c instanceof CancelCtx) {
      if (key === cancelCtxKey) return c;
      c = c.parent;
    } else if (c instanceof WithoutCancelCtx) {
      // Cause must not see the cancellation it is cut off from.
      if (key === cancelCtxKey) return null;
      c = c.parent;
    } else if (c instanceof EmptyCtx) {
      return null;
    } else {
      return c.value(key);
    }
  }
}

function checkParent(
  parent: Context | null | undefined,
): asserts parent is Context {
  if (parent === null || parent === undefined) {
    throw new GoPanic(
      "cannot create context from nil parent",
      "cannot create context from nil parent",
    );
  }
}

/**
 * A child of `parent` with its own done channel, closed when `cancel` is
 * called or when `parent` is cancelled, whichever comes first (Go's
 * `context.WithCancel`). Call `cancel` when the work is done, even if it
 * finished: it releases the child from its parent.
 *
 * ```ts
 * const [ctx, cancel] = context.withCancel(context.background());
 * try { await work(ctx); } finally { cancel(); }
 * ```
 */
export function withCancel(parent: Context): [Context, CancelFunc] {
  checkParent(parent);
  const c = new CancelCtx(parent);
  c.propagateCancel(parent);
  return [c, () => c.cancel(true, Canceled, null)];
}

/**
 * Like `withCancel`, but `cancel(cause)` records why: `err()` is still
 * `Canceled`, and `context.cause(ctx)` returns `cause` (Go's `WithCancelCause`).
 */
export function withCancelCause(parent: Context): [Context, CancelCauseFunc] {
  checkParent(parent);
  const c = new CancelCtx(parent);
  c.propagateCancel(parent);
  return [c, (cause) => c.cancel(true, Canceled, cause ?? null)];
}

/**
 * Why `c` was cancelled (Go's `context.Cause`): the cause given to a
 * `withCancelCause` cancel (or to the `*Cause` variants of the deadline
 * functions), else the same as `c.err()`; `null` while `c` is not done.
 */
export function cause(c: Context): Error | null {
  const cc = c.value(cancelCtxKey);
  if (cc instanceof CancelCtx) return cc.causev;
  return c.err();
}

class TimerCtx extends CancelCtx {
  // Private: a context is handed to programs, and its runtime timer sits in
  // the scheduler's heap.
  #timer: DeadlineTimer | null = null;

  constructor(
    parent: Context,
    readonly when: Time,
  ) {
    super(parent);
  }

  override deadline(): [Time, true] {
    return [this.when, true];
  }

  override cancel(
    removeFromParent: boolean,
    err: Error,
    cause: Error | null,
  ): void {
    super.cancel(false, err, cause);
    if (removeFromParent) removeChild(this.parent, this);
    if (this.#timer !== null) {
      getsched().timers.remove(this.#timer);
      this.#timer = null;
    }
  }

  /** Arms the deadline: at `when` (virtual ns) the context is cancelled with `cause`. */
  arm(when: number, cause: Error | null): void {
    this.#timer = new DeadlineTimer(this, cause);
    getsched().timers.add(this.#timer, when);
  }

  override toString(): string {
    return `${contextName(this.parent)}.WithDeadline(${this.when} [${durationString(until(this.when))}])`;
  }
}

/** The runtime timer of a deadline: it cancels its context when the clock gets there. */
class DeadlineTimer extends RuntimeTimer {
  constructor(
    readonly ctx: TimerCtx,
    readonly cause: Error | null,
  ) {
    super(fireDeadline);
  }
}

function fireDeadline(t: RuntimeTimer): void {
  const d = t as DeadlineTimer;
  d.ctx.cancel(true, DeadlineExceeded, d.cause);
}

/**
 * A child of `parent` that is cancelled at time `d` (with `err()`
 * `DeadlineExceeded`), when `cancel` is called, or when `parent` is,
 * whichever comes first (Go's `context.WithDeadline`). If `parent`'s
 * deadline is earlier, that one stands. Time is the program's virtual time.
 */
export function withDeadline(parent: Context, d: Time): [Context, CancelFunc] {
  return withDeadlineCause(parent, d, null);
}

/** Like `withDeadline`, and `context.cause` reports `cause` when the deadline passes (Go 1.21). */
export function withDeadlineCause(
  parent: Context,
  d: Time,
  cause: Error | null,
): [Context, CancelFunc] {
  checkParent(parent);
  const [cur, ok] = parent.deadline();
  if (ok && cur.before(d)) return withCancel(parent);
  const c = new TimerCtx(parent, d);
  c.propagateCancel(parent);
  const dur = until(d);
  if (dur <= 0) {
    c.cancel(true, DeadlineExceeded, cause);
    return [c, () => c.cancel(false, Canceled, null)];
  }
  if (c.errv === null) c.arm(getsched().now + dur, cause);
  return [c, () => c.cancel(true, Canceled, null)];
}

/**
 * `withDeadline(parent, now + timeout)` (Go's `context.WithTimeout`): the
 * child is cancelled with `DeadlineExceeded` after `timeout` of virtual time.
 *
 * ```ts
 * const [ctx, cancel] = context.withTimeout(context.background(), 50 * time.Millisecond);
 * try { return await fetchAll(ctx); } finally { cancel(); }
 * ```
 */
export function withTimeout(
  parent: Context,
  timeout: Duration,
): [Context, CancelFunc] {
  return withDeadlineCause(parent, now().add(timeout), null);
}

/** Like `withTimeout`, and `context.cause` reports `cause` when the time is up (Go 1.21). */
export function withTimeoutCause(
  parent: Context,
  timeout: Duration,
  cause: Error | null,
): [Context, CancelFunc] {
  return withDeadlineCause(parent, now().add(timeout), cause);
}

class ValueCtx implements Context {
  constructor(
    readonly parent: Context,
    readonly key: unknown,
    readonly val: unknown,
  ) {}

  deadline(): [Time, true] | [undefined, false] {
    return this.parent.deadline();
  }

  done(): RecvChan<void> | null {
    return this.parent.done();
  }

  err(): Error | null {
    return this.parent.err();
  }

  value(key: unknown): unknown {
    return lookup(this, key);
  }

  toString(): string {
    return `${contextName(this.parent)}.WithValue(${stringify(this.key)}, ${stringify(this.val)})`;
  }
}

/**
 * A child of `parent` that carries `val` under `key` (Go's
 * `context.WithValue`); `ctx.value(key)` finds it here or in any
 * descendant. Use a key nobody else can make (a `Symbol`, or an instance of
 * a private class), and keep values to request-scoped data.
 */
export function withValue(
  parent: Context,
  key: unknown,
  val: unknown,
): Context {
  checkParent(parent);
  if (key === null || key === undefined)
    throw new GoPanic("nil key", "nil key");
  return new ValueCtx(parent, key, val);
}

class WithoutCancelCtx implements Context {
  constructor(readonly parent: Context) {}

  deadline(): [undefined, false] {
    return [undefined, false];
  }

  done(): null {
    return null;
  }

  err(): null {
    return null;
  }

  value(key: unknown): unknown {
    return lookup(this, key);
  }

  toString(): string {
    return `${contextName(this.parent)}.WithoutCancel`;
  }
}

/**
 * A child with `parent`'s values but not its cancellation or deadline (Go
 * 1.21's `context.WithoutCancel`): for work that must outlive the request.
 */
export function withoutCancel(parent: Context): Context {
  checkParent(parent);
  return new WithoutCancelCtx(parent);
}

class AfterFuncCtx extends CancelCtx {
  /** Whether f has been started or stopped for good (Go's once). */
  settled = false;

  constructor(
    parent: Context,
    private readonly f: () => unknown,
  ) {
    super(parent);
  }

  override cancel(
    removeFromParent: boolean,
    err: Error,
    cause: Error | null,
  ): void {
    super.cancel(false, err, cause);
    if (removeFromParent) removeChild(this.parent, this);
    if (!this.settled) {
      this.settled = true;
      newproc(this.f, []);
    }
  }
}

/**
 * Arranges for `f` to run in its own goroutine once `ctx` is done (at once,
 * if it already is), as Go 1.21's `context.AfterFunc`. The returned `stop()`
 * cancels that: it returns true if it stopped `f` from being started, false
 * if `f` has already been started or stopped.
 */
export function afterFunc(ctx: Context, f: () => unknown): () => boolean {
  const a = new AfterFuncCtx(ctx, f);
  a.propagateCancel(ctx);
  return () => {
    if (a.settled) return false;
    a.settled = true;
    a.cancel(true, Canceled, null);
    return true;
  };
}

freezeClasses(
  DeadlineExceededError,
  EmptyCtx,
  CancelCtx,
  TimerCtx,
  DeadlineTimer,
  ValueCtx,
  WithoutCancelCtx,
  AfterFuncCtx,
);
