// Package runtime's scheduler controls: Gosched, NumGoroutine, GOMAXPROCS,
// NumCPU. numCPU is fixed by the run (8 unless told otherwise), never the
// host's, so that a program behaves the same on every machine.

import { getsched, poll } from "./sched.ts";

/**
 * Yields the processor, letting other goroutines run: Go's
 * `runtime.Gosched()`. The goroutine is not suspended; it resumes later.
 */
export function gosched(): PromiseLike<void> {
  const s = getsched();
  if (s.tracing) s.record(s.curg, "block", { reason: "gosched" });
  return poll(undefined, true);
}

/** The number of goroutines that currently exist, main included. */
export function numGoroutine(): number {
  return getsched().ngoroutine;
}

/**
 * Sets how many goroutines may run in parallel and returns the previous
 * setting; `n < 1` only asks. With 1, a goroutine runs until it blocks or
 * yields (Go with one P); with more, the seeded scheduler also interleaves
 * goroutines at operations that complete at once, as parallel Ps would.
 */
export function GOMAXPROCS(n = 0): number {
  const s = getsched();
  const prev = s.procs;
  if (n >= 1) s.procs = Math.trunc(n);
  return prev;
}

/** The number of (virtual) CPUs: 8 unless the run says otherwise. */
export function numCPU(): number {
  return getsched().numCPU;
}
