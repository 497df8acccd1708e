// Go's builtins that concern goroutines and channels: go, make(chan T, n),
// close, len, cap, panic.

import { Chan, closechan, type RecvChan, type SendChan } from "./chan.ts";
import { sprint } from "./format.ts";
import { GoPanic, RuntimeError } from "./panic.ts";
import { newproc } from "./sched.ts";

const noArgs: never[] = [];

/**
 * Starts `fn(...args)` in a new goroutine: Go's `go fn(args)`. The arguments
 * are evaluated now, by the caller; the call runs later, concurrently. `fn`
 * may be async (it usually is: a goroutine that never awaits can never wait).
 * Returns nothing: goroutines have no handle and no id, as in Go.
 */
export function go<A extends unknown[]>(
  fn: (...args: A) => unknown,
  ...args: A
): void {
  // A goroutine keeps its arguments until it starts: don't keep an empty array per goroutine.
  newproc(
    fn as (...args: never[]) => unknown,
    args.length === 0 ? noArgs : args,
  );
}

/**
 * Makes a channel of `T` values: Go's `make(chan T, capacity)`. With
 * capacity 0 (the default) it is unbuffered: every send waits for a receiver.
 */
export function chan<T = void>(capacity = 0): Chan<T> {
  return new Chan<T>(capacity);
}

/**
 * Closes a channel: Go's `close(ch)`. Closing a closed channel panics, and so
 * does closing the nil channel (`null`).
 */
export function close(ch: SendChan<never> | null): void {
  if (ch === null) throw new RuntimeError("close of nil channel");
  closechan(ch as unknown as Chan<unknown>);
}

/** The number of values buffered in `ch`: Go's `len(ch)`; 0 for `null`. */
export function len(ch: SendChan<never> | RecvChan<unknown> | null): number {
  return ch === null ? 0 : ch.len;
}

/** The capacity of `ch`: Go's `cap(ch)`; 0 for `null`. */
export function cap(ch: SendChan<never> | RecvChan<unknown> | null): number {
  return ch === null ? 0 : ch.cap;
}

/**
 * Stops the goroutine with a panic carrying `v`. Unless a `try/catch`
 * around it recovers (Go's recover), the program ends with `panic: v`, the
 * goroutine's stack, and exit status 2.
 */
export function panic(v: unknown): never {
  throw new GoPanic(v, sprint(v));
}
