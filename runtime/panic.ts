// Panics and fatal errors, after Go's runtime/panic.go.
//
// A panic is a thrown GoPanic: `try/catch` is Go's recover, and an uncaught
// one ends the program with `panic: …` and exit status 2. A fatal error (Go's
// `throw`) ends the program at once: the scheduler records it before the
// exception is thrown, so catching the exception cannot recover it.
import { freezeClasses } from "./harden.ts";

/**
 * The exception `panic(v)` throws. `value` is what was passed to `panic`;
 * `recover(e)` returns it.
 */
export class GoPanic extends Error {
  override readonly name = "panic";

  constructor(
    /** The value passed to panic, as Go's recover() returns it. */
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A run-time error raised by the runtime itself: `send on closed channel`,
 * `close of nil channel`, … (Go's runtime.Error). It prints as its message.
 */
export class RuntimeError extends Error {
  override readonly name = "runtime error";
}

/**
 * Thrown to unwind the running goroutine once the program has already ended
 * (a limit was reached, or a fatal error): nothing should catch it, and if
 * learner code does, the program has ended all the same.
 */
export class ProgramExit extends Error {
  override readonly name = "ProgramExit";
}

/** The value a caught exception carries, as Go's `recover()` would return it. */
export function recover(e: unknown): unknown {
  return e instanceof GoPanic ? e.value : e;
}

freezeClasses(GoPanic, RuntimeError, ProgramExit);
