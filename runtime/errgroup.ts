// golang.org/x/sync/errgroup: a WaitGroup that keeps the first error, can
// cancel a context when it happens, and can bound how many goroutines run at
// once with a buffered channel used as a semaphore (so a `go` over the limit
// waits in `chan send`, as in Go). Go keeps the first error with a
// sync.Once; between scheduling points a null check is enough.

import { Chan, selectnbsend } from "./chan.ts";
import {
  type CancelCauseFunc,
  type Context,
  withCancelCause,
} from "./context.ts";
import { errorf } from "./format.ts";
import { GoPanic } from "./panic.ts";
import { newproc } from "./sched.ts";
import { WaitGroup } from "./sync/waitgroup.ts";
import { freezeClasses } from "./harden.ts";

// Taken at load: a program may replace the global Promise, not the runtime's.
const resolvedVoid: PromiseLike<void> = Promise.resolve();

/** A task for `group.go`: returns `null` (or nothing) on success, an `Error` on failure; a throw is a panic. */
export type Task = () =>
  | Error
  | null
  | undefined
  | void
  | PromiseLike<Error | null | undefined | void>;

/**
 * A set of goroutines working on parts of one task: Go's `errgroup.Group`.
 * `wait` waits for all of them and returns the first error. A zero Group
 * (`new errgroup.Group()`) has no limit and cancels nothing; one from
 * `errgroup.withContext(ctx)` cancels its context at the first error.
 */
export class Group {
  private readonly wg = new WaitGroup();
  private sem: Chan<void> | null = null;
  private err: Error | null = null;
  /** @internal Set by withContext: cancels the group's context. */
  cancel: CancelCauseFunc | null = null;

  /**
   * Starts `fn` in a new goroutine. With a limit set, first waits (in `chan
   * send`) until fewer than that many of the group's goroutines are running.
   * The first `fn` to return an error cancels the group's context.
   *
   * Without a limit it never waits, and, as Go's `g.Go(f)` reads, needs no
   * `await`: the promise it returns is already resolved and is not a
   * scheduling point. With a limit it can wait: await it.
   */
  go(fn: Task): PromiseLike<void> {
    if (this.sem !== null) return this.goLimited(fn);
    this.start(fn);
    return resolvedVoid;
  }

  private async goLimited(fn: Task): Promise<void> {
    await this.sem!.send();
    this.start(fn);
  }

  /**
   * Starts `fn` like `go` only if that needs no wait (the limit is not
   * reached) and says whether it started it (Go's `TryGo`). It never waits,
   * so it needs no `await`: it returns the boolean itself (awaiting it, as
   * earlier versions required, still works).
   */
  tryGo(fn: Task): boolean {
    if (this.sem !== null && !selectnbsend(this.sem, undefined)) return false;
    this.start(fn);
    return true;
  }

  private start(fn: Task): void {
    this.wg.add(1);
    newproc(Group.runTask as (...args: never[]) => unknown, [this, fn]);
  }

  // The goroutine of a task: keep its error if it is the first, then let the next task in.
  private static async runTask(g: Group, fn: Task): Promise<void> {
    const err = await fn();
    if (err !== null && err !== undefined && g.err === null) {
      g.err = err;
      g.cancel?.(err);
    }
    if (g.sem !== null) await g.sem.recv();
    g.wg.done();
  }

  /**
   * Waits (in `sync.WaitGroup.Wait`) for every goroutine the group started,
   * cancels the group's context, and returns the first error, or `null`.
   */
  async wait(): Promise<Error | null> {
    await this.wg.wait();
    this.cancel?.(this.err);
    return this.err;
  }

  /**
   * Limits the group to `n` goroutines running at once; negative means no
   * limit. Changing it while goroutines of the group run panics, as in Go.
   */
  setLimit(n: number): void {
    if (n < 0) {
      this.sem = null;
      return;
    }
    if (this.sem !== null && this.sem.len !== 0) {
      const err = errorf(
        "errgroup: modify limit while %v goroutines in the group are still active",
        this.sem.len,
      );
      throw new GoPanic(err, err.message);
    }
    this.sem = new Chan<void>(n);
  }
}

/**
 * A new Group and a context derived from `ctx` that is cancelled when a
 * task first returns an error or when `wait` returns, whichever comes first
 * (Go's `errgroup.WithContext`). Give the context to the tasks so the others
 * stop when one fails.
 */
export function withContext(ctx: Context): [Group, Context] {
  const [c, cancel] = withCancelCause(ctx);
  const g = new Group();
  g.cancel = cancel;
  return [g, c];
}

freezeClasses(Group);
