// Runtime timers on virtual time, after Go's runtime/time.go: one heap of
// timers ordered by when they are due, and by the order in which they were set
// among timers due at the same instant. The scheduler (sched.ts) runs every
// timer that is due before it runs any goroutine, and moves the clock forward
// to the next timer whenever every goroutine is blocked.
//
// As in Go 1.23, a timer that only feeds a channel counts as pending only
// while some goroutine is blocked receiving from that channel: a ticker
// nobody listens to does not keep a deadlocked program alive.
import { freezeClasses } from "./harden.ts";

/** The channel a timer may feed (a Chan: timer.ts only asks whether anyone waits on it). */
export type TimerChan = object;

// Whether a goroutine waits to receive on a timer's channel: set by chan.ts,
// which alone can see a channel's queues.
let chanWaiting: (c: TimerChan) => boolean = () => true;

/** Called once by chan.ts. */
export function setTimerChanWaiting(f: (c: TimerChan) => boolean): void {
  chanWaiting = f;
}

/** A runtime timer: at `when` it calls `f(this, when)`; a ticker repeats every `period`. */
export class Timer {
  /** Virtual time (ns since the program started) at which it is due. */
  when = 0;
  /** For tickers: the interval; 0 for one-shot timers. */
  period = 0;
  /** When it was set, relative to other timers: orders timers due together. */
  seq = 0;
  /** Position in the heap; -1 when not pending. */
  index = -1;

  constructor(
    /** What firing does; `when` is the instant it was due. */
    readonly f: (t: Timer, when: number) => void,
    /** The channel it sends on, if it is a channel timer (time.after, tickers). */
    readonly c: TimerChan | null = null,
  ) {}

  /** Whether firing could wake a goroutine now (see the header comment). */
  observed(): boolean {
    return this.c === null || chanWaiting(this.c);
  }
}

function less(a: Timer, b: Timer): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

/** A binary min-heap of timers by (when, seq), with removal by index. */
export class TimerHeap {
  private readonly heap: Timer[] = [];
  private seqgen = 0;

  get size(): number {
    return this.heap.length;
  }

  /** The earliest pending timer, or undefined. */
  top(): Timer | undefined {
    return this.heap[0];
  }

  /** Arms `t` to fire at `when` (removing it first if pending). */
  add(t: Timer, when: number): void {
    if (t.index >= 0) this.remove(t);
    t.when = when;
    t.seq = ++this.seqgen;
    t.index = this.heap.length;
    this.heap.push(t);
    this.up(t.index);
  }

  /** Disarms `t`; returns whether it was pending. */
  remove(t: Timer): boolean {
    const i = t.index;
    if (i < 0) return false;
    const last = this.heap.pop()!;
    t.index = -1;
    if (last !== t) {
      this.heap[i] = last;
      last.index = i;
      this.down(i);
      this.up(last.index);
    }
    return true;
  }

  /** The earliest timer for which `observed()` holds, scanning only when the top is not. */
  firstObserved(): Timer | undefined {
    const top = this.heap[0];
    if (top === undefined || top.observed()) return top;
    let best: Timer | undefined;
    for (const t of this.heap)
      if (t.observed() && (best === undefined || less(t, best))) best = t;
    return best;
  }

  /**
   * Runs every timer due at or before `now`, earliest first; tickers are
   * re-armed for their next tick after `now` (missed ticks are dropped, as Go
   * drops them).
   */
  runDue(now: number): void {
    for (;;) {
      const t = this.heap[0];
      if (t === undefined || t.when > now) return;
      const when = t.when;
      if (t.period > 0)
        this.add(
          t,
          when + t.period * (1 + Math.floor((now - when) / t.period)),
        );
      else this.remove(t);
      t.f(t, when);
    }
  }

  private up(i: number): void {
    const h = this.heap;
    const t = h[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(t, h[p]!)) break;
      h[i] = h[p]!;
      h[i]!.index = i;
      i = p;
    }
    h[i] = t;
    t.index = i;
  }

  private down(i: number): void {
    const h = this.heap;
    const n = h.length;
    const t = h[i]!;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && less(h[c + 1]!, h[c]!)) c++;
      if (!less(h[c]!, t)) break;
      h[i] = h[c]!;
      h[i]!.index = i;
      i = c;
    }
    h[i] = t;
    t.index = i;
  }
}

freezeClasses(Timer, TimerHeap);
