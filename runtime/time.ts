// Package time on virtual time, as Go's testing/synctest runs it: the clock
// stands still while goroutines run, and jumps to the next timer whenever
// every goroutine is blocked. Sleeping for two hours takes no wall time.
// Timers live in the scheduler's heap (timer.ts); this file is the package's
// public face: Duration, Time, sleep, after, tick, Timer, Ticker, afterFunc.

import {
  Chan,
  type RecvChan,
  recvqOf,
  send as sendToReceiver,
} from "./chan.ts";
import { GoPanic } from "./panic.ts";
import { race } from "./race.ts";
import {
  getsched,
  gopark,
  goready,
  type G,
  newproc,
  proceed,
  waitReason,
} from "./sched.ts";
import { Timer as RuntimeTimer } from "./timer.ts";
import { freezeClasses } from "./harden.ts";

/** A length of time in nanoseconds, as Go's `time.Duration`. Print it with `durationString`. */
export type Duration = number;

/** One nanosecond. */
export const Nanosecond: Duration = 1;
/** One microsecond (1000 ns). */
export const Microsecond: Duration = 1000 * Nanosecond;
/** One millisecond (1,000,000 ns). */
export const Millisecond: Duration = 1000 * Microsecond;
/** One second. */
export const Second: Duration = 1000 * Millisecond;
/** One minute. */
export const Minute: Duration = 60 * Second;
/** One hour. */
export const Hour: Duration = 60 * Minute;

// The virtual clock starts where the Go playground's does.
const epochUnixMilli = Date.UTC(2009, 10, 10, 23, 0, 0);

/**
 * An instant on the program's virtual clock, as Go's `time.Time`. The clock
 * starts at 2009-11-10 23:00:00 UTC, as on the Go playground.
 */
export class Time {
  /** Nanoseconds since the program started (virtual). */
  private readonly ns: number;

  /** @internal Use `time.now()`. */
  constructor(ns: number) {
    this.ns = ns;
  }

  /** The time `d` later (Go's `t.Add(d)`). */
  add(d: Duration): Time {
    return new Time(this.ns + Math.trunc(d));
  }

  /** The duration `t - u` (Go's `t.Sub(u)`). */
  sub(u: Time): Duration {
    return this.ns - u.ns;
  }

  /** Whether `t` is before `u`. */
  before(u: Time): boolean {
    return this.ns < u.ns;
  }

  /** Whether `t` is after `u`. */
  after(u: Time): boolean {
    return this.ns > u.ns;
  }

  /** Whether `t` and `u` are the same instant. */
  equal(u: Time): boolean {
    return this.ns === u.ns;
  }

  /** Nanoseconds since 1970-01-01 UTC (exact to about 256 ns: a number has 53 bits). */
  unixNano(): number {
    return epochUnixMilli * 1e6 + this.ns;
  }

  /** Milliseconds since 1970-01-01 UTC. */
  unixMilli(): number {
    return epochUnixMilli + Math.floor(this.ns / 1e6);
  }

  /** Seconds since 1970-01-01 UTC. */
  unix(): number {
    return Math.floor(this.unixMilli() / 1000);
  }

  /** Go's format: `2009-11-10 23:00:00.5 +0000 UTC m=+0.500000000`. */
  toString(): string {
    const ms = this.unixMilli();
    const d = new Date(ms - (((ms % 1000) + 1000) % 1000));
    const p2 = (n: number): string => String(n).padStart(2, "0");
    const date = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
    const clock = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    const frac = (((this.ns % 1e9) + 1e9) % 1e9)
      .toString()
      .padStart(9, "0")
      .replace(/0+$/, "");
    const mono = `m=${this.ns < 0 ? "-" : "+"}${(Math.abs(this.ns) / 1e9).toFixed(9)}`;
    return `${date} ${clock}${frac === "" ? "" : `.${frac}`} +0000 UTC ${mono}`;
  }

  get [Symbol.for("go.type")](): string {
    return "time.Time";
  }
}

/** The current virtual time. */
export function now(): Time {
  return new Time(getsched().now);
}

/** The time elapsed since `t` (Go's `time.Since`). */
export function since(t: Time): Duration {
  return now().sub(t);
}

/** The time until `t` (Go's `time.Until`). */
export function until(t: Time): Duration {
  return t.sub(now());
}

/**
 * Pauses the goroutine for at least `d` of virtual time. While every
 * goroutine sleeps or waits, the clock jumps straight to the next wake-up.
 */
export function sleep(d: Duration): PromiseLike<void> {
  const s = getsched();
  d = Math.trunc(d);
  if (!(d > 0)) return proceed(undefined);
  const gp = s.curg!;
  let t = gp.sleepTimer as RuntimeTimer | null;
  if (t === null) t = gp.sleepTimer = new RuntimeTimer(wakeSleeper(gp));
  s.timers.add(t, s.now + d);
  if (s.tracing) s.record(gp, "sleep", { until: s.now + d });
  return gopark(waitReason.sleep);
}

function wakeSleeper(gp: G): () => void {
  return () => goready(gp, undefined);
}

// A timer's channel gets the time it fired; if nobody takes it and the
// buffer (of one) is full, the tick is dropped, as Go drops it.
function sendTime(t: RuntimeTimer, when: number): void {
  const s = getsched();
  const c = t.c as Chan<Time>;
  const v = new Time(when);
  const sg = recvqOf(c as Chan<unknown>).dequeue();
  if (sg !== null) sendToReceiver(s, c as Chan<unknown>, sg, v, null);
  else if (c.qcount < c.dataqsiz) {
    c.buf[c.sendx] = v;
    if (++c.sendx === c.dataqsiz) c.sendx = 0;
    c.qcount++;
  }
}

// Go 1.23: after Stop or Reset returns, no value from before is received.
function drain(c: Chan<Time>): boolean {
  if (c.qcount === 0) return false;
  c.buf.fill(undefined);
  c.qcount = c.sendx = c.recvx = 0;
  return true;
}

function timerChan(): Chan<Time> {
  const c = new Chan<Time>(1);
  c.isTimer = true;
  return c;
}

/**
 * A single event, as Go's `*time.Timer`: when it fires, the current time is
 * sent on `c`. Create one with `newTimer`.
 */
export class Timer {
  /** Receives the time once, when the timer fires. */
  readonly c: RecvChan<Time>;
  readonly #t: RuntimeTimer;

  /** @internal Use `time.newTimer(d)`. */
  constructor(d: Duration) {
    const s = getsched();
    const c = timerChan();
    this.c = c;
    this.#t = new RuntimeTimer(sendTime, c);
    s.timers.add(this.#t, s.now + Math.max(0, Math.trunc(d)));
  }

  /**
   * Stops the timer. Returns true if that stopped it from firing, false if
   * it had already fired or been stopped. Afterwards nothing is received
   * from `c` (Go 1.23).
   */
  stop(): boolean {
    const pending = getsched().timers.remove(this.#t);
    return drain(this.c as Chan<Time>) || pending;
  }

  /**
   * Re-arms the timer to fire after `d`. Returns whether it had been active.
   * No value from before the reset is received afterwards (Go 1.23).
   */
  reset(d: Duration): boolean {
    const s = getsched();
    const pending = this.stop();
    s.timers.add(this.#t, s.now + Math.max(0, Math.trunc(d)));
    return pending;
  }
}

/** Creates a timer that sends the current time on its channel `c` after `d`. */
export function newTimer(d: Duration): Timer {
  return new Timer(d);
}

/**
 * A channel that receives the time once, after `d` (Go's `time.After`):
 * the usual way to put a timeout in a select.
 */
export function after(d: Duration): RecvChan<Time> {
  return new Timer(d).c;
}

/** The timer `afterFunc` returns: it has no channel. */
export interface FuncTimer {
  /** Stops the timer; returns true if that stopped `f` from being started. */
  stop(): boolean;
  /** Re-arms it to start `f` after `d`; returns whether it had been active. */
  reset(d: Duration): boolean;
}

/** Starts `f` in its own goroutine after `d` (Go's `time.AfterFunc`). */
export function afterFunc(d: Duration, f: () => unknown): FuncTimer {
  const s = getsched();
  const t = new RuntimeTimer(() => {
    const gp = newproc(f, []);
    // What the setter did before afterFunc (or reset) happens before f starts.
    if (race !== null && gp !== null) race.acquire(gp, t);
  });
  if (race !== null) race.releaseMerge(s.curg, t);
  s.timers.add(t, s.now + Math.max(0, Math.trunc(d)));
  return {
    stop: () => getsched().timers.remove(t),
    reset: (d2: Duration) => {
      const s2 = getsched();
      const pending = s2.timers.remove(t);
      if (race !== null) race.releaseMerge(s2.curg, t);
      s2.timers.add(t, s2.now + Math.max(0, Math.trunc(d2)));
      return pending;
    },
  };
}

/** Delivers the time on `c` every period, as Go's `*time.Ticker`. */
export class Ticker {
  /** Receives the time at every tick; ticks nobody takes are dropped. */
  readonly c: RecvChan<Time>;
  readonly #t: RuntimeTimer;

  /** @internal Use `time.newTicker(d)`. */
  constructor(d: Duration) {
    d = Math.trunc(d);
    if (!(d > 0))
      throw new GoPanic(
        "non-positive interval for NewTicker",
        "non-positive interval for NewTicker",
      );
    const s = getsched();
    const c = timerChan();
    this.c = c;
    this.#t = new RuntimeTimer(sendTime, c);
    this.#t.period = d;
    s.timers.add(this.#t, s.now + d);
  }

  /** Stops the ticker: no more ticks are sent, and none from before is received. */
  stop(): void {
    getsched().timers.remove(this.#t);
    drain(this.c as Chan<Time>);
  }

  /** Stops the ticker and restarts it with period `d`. */
  reset(d: Duration): void {
    d = Math.trunc(d);
    if (!(d > 0))
      throw new GoPanic(
        "non-positive interval for Ticker.Reset",
        "non-positive interval for Ticker.Reset",
      );
    const s = getsched();
    this.stop();
    this.#t.period = d;
    s.timers.add(this.#t, s.now + d);
  }
}

/** Creates a ticker that sends the time on `c` every `d`. Panics if `d <= 0`. */
export function newTicker(d: Duration): Ticker {
  return new Ticker(d);
}

/**
 * A channel that receives the time every `d` (Go's `time.Tick`); `null`
 * (a nil channel) if `d <= 0`.
 */
export function tick(d: Duration): RecvChan<Time> | null {
  return d > 0 ? new Ticker(d).c : null;
}

/** Prints a duration as Go's `Duration.String` does: `1.5s`, `2h0m0s`, `300ms`, `0s`. */
export function durationString(d: Duration): string {
  d = Math.trunc(d);
  if (d === 0) return "0s";
  const neg = d < 0;
  let u = Math.abs(d);
  let out: string;
  if (u < Second) {
    if (u < Microsecond) out = `${u}ns`;
    else if (u < Millisecond) out = `${frac(u, 3)}µs`;
    else out = `${frac(u, 6)}ms`;
  } else {
    const h = Math.floor(u / Hour);
    u -= h * Hour;
    const m = Math.floor(u / Minute);
    u -= m * Minute;
    out = `${frac(u, 9)}s`;
    if (h > 0) out = `${h}h${m}m${out}`;
    else if (m > 0) out = `${m}m${out}`;
  }
  return neg ? `-${out}` : out;
}

// v / 10^prec with the fraction's trailing zeros (and a bare point) removed.
function frac(v: number, prec: number): string {
  const unit = 10 ** prec;
  const whole = Math.floor(v / unit);
  const f = String(v - whole * unit)
    .padStart(prec, "0")
    .replace(/0+$/, "");
  return f === "" ? String(whole) : `${whole}.${f}`;
}

freezeClasses(Time, Timer, Ticker);
