// Channels, after Go's runtime/chan.go: one structure (hchan) with a ring
// buffer and two FIFO queues of waiting goroutines (sudogs), `chansend`,
// `chanrecv` and `closechan`. A send to a waiting receiver hands the value
// over directly; a receive from a full buffer with a waiting sender takes the
// head and moves the sender's value to the tail, so FIFO order holds.
//
// Every operation that can block returns a promise: the caller awaits it, and
// that await is where the scheduler may run another goroutine.

import { RuntimeError } from "./panic.ts";
import { race } from "./race.ts";
import {
  type G,
  getsched,
  gopark,
  goready,
  goreadyPanic,
  proceed,
  sched,
  type Sched,
  waitReason,
} from "./sched.ts";
import { freezeClasses } from "./harden.ts";
import { setTimerChanWaiting } from "./timer.ts";

/** The sending half of a channel: what a `chan<- T` allows. */
export interface SendChan<T> {
  /**
   * Sends `v` (Go's `ch <- v`). An unbuffered channel waits for a receiver
   * to take it; a buffered one waits only while the buffer is full.
   * Sending on a closed channel panics: `send on closed channel`.
   */
  send(v: T): PromiseLike<void>;
  /**
   * Closes the channel (Go's `close(ch)`): receivers drain what is buffered,
   * then receive at once with `ok == false`. Closing twice panics.
   */
  close(): void;
  /** The number of values in the buffer (Go's `len(ch)`). */
  readonly len: number;
  /** The buffer's capacity (Go's `cap(ch)`); 0 for an unbuffered channel. */
  readonly cap: number;
}

/** The receiving half of a channel: what a `<-chan T` allows. */
export interface RecvChan<T> {
  /**
   * Receives the next value (Go's `<-ch`), waiting for one if needed. Once
   * the channel is closed and drained it resolves at once to `undefined`,
   * which plays the part of Go's zero value.
   */
  recv(): PromiseLike<T>;
  /**
   * Receives with Go's comma-ok form, `v, ok := <-ch`: `ok` is false only
   * when the channel is closed and drained.
   */
  recvOk(): PromiseLike<[T, true] | [undefined, false]>;
  /** `for await (const v of ch)` is Go's `for v := range ch`: it ends when the channel is closed and drained. */
  [Symbol.asyncIterator](): AsyncIterator<T, undefined>;
  /** The number of values in the buffer (Go's `len(ch)`). */
  readonly len: number;
  /** The buffer's capacity (Go's `cap(ch)`); 0 for an unbuffered channel. */
  readonly cap: number;
}

// What a parked goroutine's promise resolves to, by how it waits.
export const modeValue = 0; // recv(): the value
export const modeOk = 1; // recvOk(): [value, ok]
export const modeIter = 2; // for await: an IteratorResult
export const modeSend = 3; // send(): nothing

// Set by Sudog's static block: the one way to a waiting goroutine's record.
let sudogG: (sg: Sudog) => G;
export { sudogG };

/**
 * A goroutine waiting on a channel (Go's sudog). Its goroutine is private:
 * a channel a program holds leads to its queues of sudogs, never to a
 * goroutine's record (its continuation, its place in the scheduler's lists).
 */
export class Sudog {
  prev: Sudog | null = null;
  next: Sudog | null = null;
  /** For select: the next sudog of the same select (Go's waitlink). */
  waitlink: Sudog | null = null;
  /** True if woken by a value passing; false if woken by close. */
  success = false;
  /** For select: which case this sudog stands for. */
  caseIndex = 0;

  readonly #g: G;

  static {
    sudogG = (sg) => sg.#g;
  }

  constructor(
    g: G,
    public c: Chan<unknown>,
    /** The value to send, or the value received. */
    public elem: unknown,
    public mode: number,
    readonly isSelect: boolean,
  ) {
    this.#g = g;
  }
}

/**
 * The sudog for a plain send or receive by `gp`: each goroutine keeps one
 * and reuses it (it waits on one channel at a time; a select makes its own),
 * where Go takes one from its per-P cache.
 */
function acquireSudog(
  gp: G,
  c: Chan<unknown>,
  elem: unknown,
  mode: number,
): Sudog {
  let sg = gp.sudog as Sudog | null;
  if (sg === null) {
    sg = new Sudog(gp, c, elem, mode, false);
    gp.sudog = sg;
    return sg;
  }
  sg.c = c;
  sg.elem = elem;
  sg.mode = mode;
  sg.success = false;
  return sg;
}

/** A FIFO queue of waiting goroutines (Go's waitq). */
export class WaitQ {
  first: Sudog | null = null;
  last: Sudog | null = null;

  enqueue(sg: Sudog): void {
    sg.next = null;
    const x = this.last;
    if (x === null) {
      sg.prev = null;
      this.first = this.last = sg;
      return;
    }
    sg.prev = x;
    x.next = sg;
    this.last = sg;
  }

  /**
   * Takes the first waiter. A select waits on several channels at once; the
   * first channel to reach it wins (selectDone), and its sudogs elsewhere
   * are skipped here until the select removes them.
   */
  dequeue(): Sudog | null {
    for (;;) {
      const sg = this.first;
      if (sg === null) return null;
      const y = sg.next;
      if (y === null) this.first = this.last = null;
      else {
        y.prev = null;
        this.first = y;
        sg.next = null;
      }
      if (sg.isSelect) {
        if (sudogG(sg).selectDone) continue;
        sudogG(sg).selectDone = true;
      }
      return sg;
    }
  }

  /** Removes `sg` wherever it is (a select's losing cases). */
  remove(sg: Sudog): void {
    const x = sg.prev;
    const y = sg.next;
    if (x !== null) x.next = y;
    else if (this.first === sg) this.first = y;
    else return; // not queued (already dequeued)
    if (y !== null) y.prev = x;
    else this.last = x;
    sg.prev = sg.next = null;
  }
}

let globalChanId = 0;

// Set by Chan's static block: the one way to a channel's queues of waiters.
let recvqOf: (c: Chan<unknown>) => WaitQ;
let sendqOf: (c: Chan<unknown>) => WaitQ;
export { recvqOf, sendqOf };

/** A channel: create one with `chan<T>(capacity)`. */
export class Chan<T> implements SendChan<T>, RecvChan<T> {
  /** Values in the buffer. */
  qcount = 0;
  /** Buffer capacity. */
  readonly dataqsiz: number;
  readonly buf: (T | undefined)[];
  sendx = 0;
  recvx = 0;
  closed = false;
  // Private, as Sudog's goroutine is: the waiting queues are the runtime's.
  // chan.ts, select.ts and time.ts reach them through recvqOf and sendqOf.
  readonly #recvq = new WaitQ();
  readonly #sendq = new WaitQ();

  static {
    recvqOf = (c) => c.#recvq;
    sendqOf = (c) => c.#sendq;
  }
  /** A number naming the channel in traces. */
  readonly id: number;
  /** Set on the channel of a timer or ticker: Go 1.23 reports len and cap 0 for those. */
  isTimer = false;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0)
      throw new RuntimeError("makechan: size out of range");
    this.dataqsiz = size;
    this.buf = size === 0 ? [] : new Array<T | undefined>(size);
    this.id = sched === null ? ++globalChanId : ++sched.chanidgen;
  }

  get len(): number {
    return this.isTimer ? 0 : this.qcount;
  }

  get cap(): number {
    return this.isTimer ? 0 : this.dataqsiz;
  }

  send(v: T): PromiseLike<void> {
    return chansend(this, v);
  }

  recv(): PromiseLike<T> {
    return chanrecv(this, modeValue) as PromiseLike<T>;
  }

  recvOk(): PromiseLike<[T, true] | [undefined, false]> {
    return chanrecv(this, modeOk) as PromiseLike<
      [T, true] | [undefined, false]
    >;
  }

  close(): void {
    closechan(this);
  }

  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    return {
      next: () =>
        chanrecv(this, modeIter) as unknown as Promise<
          IteratorResult<T, undefined>
        >,
    };
  }

  get [Symbol.for("go.type")](): string {
    return "chan";
  }
}

/** What a receiver's park resolves to, for its mode. */
export function recvResult(mode: number, v: unknown, ok: boolean): unknown {
  if (mode === modeValue) return v;
  if (mode === modeOk) return [v, ok];
  return ok ? { value: v, done: false } : { value: undefined, done: true };
}

/** Go's chansend for a blocking send. */
export function chansend<T>(c: Chan<T>, ep: T): PromiseLike<void> {
  const s = getsched();
  if (c.closed) throw new RuntimeError("send on closed channel");
  const sg = recvqOf(c).dequeue();
  if (sg !== null) {
    // A receiver is waiting: hand the value straight to it.
    send(s, c, sg, ep, s.curg);
    return proceed(undefined);
  }
  if (c.qcount < c.dataqsiz) {
    if (race !== null) race.slot(s.curg, c, c.sendx);
    c.buf[c.sendx] = ep;
    if (++c.sendx === c.dataqsiz) c.sendx = 0;
    c.qcount++;
    if (s.tracing) s.record(s.curg, "send", { ch: c.id, value: ep });
    return proceed(undefined);
  }
  sendqOf(c).enqueue(acquireSudog(s.curg!, c as Chan<unknown>, ep, modeSend));
  return gopark(waitReason.chanSend);
}

/**
 * Go's selectnbsend (`select { case c <- v: default: }`) for the runtime's
 * own use where Go's API does not block at all (errgroup's TryGo): sends if
 * that needs no wait and says whether it did. Unlike a select it is not a
 * scheduling point, so its caller needs no `await`.
 */
export function selectnbsend<T>(c: Chan<T>, ep: T): boolean {
  const s = getsched();
  if (c.closed) throw new RuntimeError("send on closed channel");
  const sg = recvqOf(c).dequeue();
  if (sg !== null) {
    send(s, c, sg, ep, s.curg);
    return true;
  }
  if (c.qcount === c.dataqsiz) return false;
  if (race !== null) race.slot(s.curg, c, c.sendx);
  c.buf[c.sendx] = ep;
  if (++c.sendx === c.dataqsiz) c.sendx = 0;
  c.qcount++;
  if (s.tracing) s.record(s.curg, "send", { ch: c.id, value: ep });
  return true;
}

/**
 * Completes a send to the waiting receiver `sg` (Go's send): the value goes
 * into the receiver's hands and the receiver becomes runnable. `sender` is
 * the sending goroutine, for the trace (null for a timer).
 */
export function send(
  s: Sched,
  c: Chan<unknown>,
  sg: Sudog,
  ep: unknown,
  sender: G | null,
): void {
  if (race !== null) race.handoff(c, sender, sudogG(sg));
  sg.elem = ep;
  sg.success = true;
  if (s.tracing) {
    s.record(sender, "send", { ch: c.id, value: ep });
    s.record(sudogG(sg), "recv", { ch: c.id, value: ep, ok: true });
  }
  goready(sudogG(sg), sg.isSelect ? sg : recvResult(sg.mode, ep, true));
}

/** Go's chanrecv for a blocking receive; `mode` says what the promise resolves to. */
export function chanrecv<T>(c: Chan<T>, mode: number): PromiseLike<unknown> {
  const s = getsched();
  if (c.closed) {
    if (c.qcount === 0) {
      if (race !== null) race.acquire(s.curg, c);
      if (s.tracing) s.record(s.curg, "recv", { ch: c.id, ok: false });
      return proceed(recvResult(mode, undefined, false));
    }
  } else {
    const sg = sendqOf(c).dequeue();
    if (sg !== null)
      return proceed(recvResult(mode, recv(s, c, sg, s.curg), true));
  }
  if (c.qcount > 0)
    return proceed(recvResult(mode, recvFromBuffer(s, c, s.curg), true));
  recvqOf(c).enqueue(
    acquireSudog(s.curg!, c as Chan<unknown>, undefined, mode),
  );
  return gopark(waitReason.chanReceive);
}

/** Takes the value at the head of the buffer. */
export function recvFromBuffer(
  s: Sched,
  c: Chan<unknown>,
  receiver: G | null,
): unknown {
  if (race !== null) race.slot(receiver, c, c.recvx);
  const v = c.buf[c.recvx];
  c.buf[c.recvx] = undefined;
  if (++c.recvx === c.dataqsiz) c.recvx = 0;
  c.qcount--;
  if (s.tracing) s.record(receiver, "recv", { ch: c.id, value: v, ok: true });
  return v;
}

/**
 * Receives from the blocked sender `sg` (Go's recv). Unbuffered: take its
 * value. Buffered (so the buffer is full): take the head of the buffer and
 * put the sender's value at the tail. Either way the sender may go on.
 */
export function recv(
  s: Sched,
  c: Chan<unknown>,
  sg: Sudog,
  receiver: G | null,
): unknown {
  if (race !== null) race.handoff(c, receiver, sudogG(sg));
  let v: unknown;
  if (c.dataqsiz === 0) {
    v = sg.elem;
    if (s.tracing) {
      s.record(sudogG(sg), "send", { ch: c.id, value: v });
      s.record(receiver, "recv", { ch: c.id, value: v, ok: true });
    }
  } else {
    v = c.buf[c.recvx];
    c.buf[c.recvx] = sg.elem;
    if (++c.recvx === c.dataqsiz) c.recvx = 0;
    c.sendx = c.recvx;
    if (s.tracing) {
      s.record(receiver, "recv", { ch: c.id, value: v, ok: true });
      s.record(sudogG(sg), "send", { ch: c.id, value: sg.elem });
    }
  }
  sg.elem = undefined;
  sg.success = true;
  goready(sudogG(sg), sg.isSelect ? sg : undefined);
  return v;
}

/** Go's closechan: wakes every waiting receiver (with ok false) and sender (to panic). */
export function closechan(c: Chan<unknown>): void {
  const s = getsched();
  if (c.closed) throw new RuntimeError("close of closed channel");
  c.closed = true;
  if (race !== null) race.releaseMerge(s.curg, c);
  if (s.tracing) s.record(s.curg, "close", { ch: c.id });
  const glist: Sudog[] = [];
  for (let sg = recvqOf(c).dequeue(); sg !== null; sg = recvqOf(c).dequeue()) {
    sg.elem = undefined;
    sg.success = false;
    glist.push(sg);
  }
  for (let sg = sendqOf(c).dequeue(); sg !== null; sg = sendqOf(c).dequeue()) {
    sg.elem = undefined;
    sg.success = false;
    glist.push(sg);
  }
  // Go collects them on a gList, a stack, and readies them as it pops.
  for (let i = glist.length - 1; i >= 0; i--) {
    const sg = glist[i]!;
    if (race !== null) race.acquire(sudogG(sg), c);
    if (sg.isSelect) goready(sudogG(sg), sg);
    else if (sg.mode === modeSend)
      goreadyPanic(sudogG(sg), closedChannelSend());
    else goready(sudogG(sg), recvResult(sg.mode, undefined, false));
  }
}

/** The panic of a sender woken by close: it happens where the sender waited. */
export function closedChannelSend(): RuntimeError {
  const err = new RuntimeError("send on closed channel");
  atParkedSend.add(err);
  return err;
}

/** Panics raised in a parked goroutine's name: their stack is its park location, not the closer's. */
export const atParkedSend = new WeakSet<Error>();

freezeClasses(Sudog, WaitQ, Chan);

// A channel timer counts as pending only while someone waits to receive on
// its channel (timer.ts), which only chan.ts can see.
setTimerChanWaiting((c) => recvqOf(c as Chan<unknown>).first !== null);
