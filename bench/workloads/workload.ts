// The same programs written against each channel library, so that one
// harness (../runtime.bench.ts) can time them side by side.

/** Reads the heap in use now (after a full collection). */
export type HeapProbe = () => number;

/** One library's versions of the benchmark programs; a missing one is "n/a". */
export interface Workloads {
  /** Two goroutines bounce a value over unbuffered channels `n` times. */
  pingPong(n: number): Promise<void>;
  /** The same with the run's defaults (the trace recorded): only a runtime that records one has it. */
  pingPongTraced?(n: number): Promise<void>;
  /** A producer sends `n` values through a channel with capacity 128 to a consumer. */
  buffered(n: number): Promise<void>;
  /** Four producers on four channels; one consumer selects over them for `n` values in all. */
  fanIn(n: number): Promise<void>;
  /** `n` goroutines block receiving on one channel; `close` releases them all. Returns the heap while blocked. */
  blockedRelease?(n: number, heap: HeapProbe): Promise<number>;
  /** `n` goroutines each take a buffer from a pool and give it back, under a wait group. Returns the heap with all started. */
  pool(n: number, heap: HeapProbe): Promise<number>;
  /** `g` goroutines each take and release one lock `iters` times. */
  mutex?(g: number, iters: number): Promise<void>;
  /** `n` goroutines call a once-guarded init and signal a wait group. */
  onceWaitGroup?(n: number): Promise<void>;
}
