// The runtime's classes are frozen, constructors and prototypes, when their
// modules load: a program shares one realm with the runtime, the grader and
// the checks, so `Chan.prototype[Symbol.asyncIterator] = …` or
// `Mutex.prototype.unlock = …` would otherwise change what the checks see.
// (What the classes keep of the scheduler is in private fields: see
// chan.ts's Sudog, sema.ts, sched.ts's Waiter.)

/** Freezes each class and its prototype. */
export function freezeClasses(
  ...classes: readonly (abstract new (...args: never[]) => unknown)[]
): void {
  for (const C of classes) {
    Object.freeze(C.prototype);
    Object.freeze(C);
  }
}
