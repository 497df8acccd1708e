// select, after Go's runtime/select.go (selectgo): poll the cases in a
// random order for one that can proceed at once; failing that take the
// default, or enqueue a sudog on every channel and park until one of them
// fires, then dequeue the rest.

import {
  Chan,
  chanrecv,
  chansend,
  modeOk,
  modeSend,
  type RecvChan,
  recv as recvFromSender,
  recvFromBuffer,
  recvqOf,
  type SendChan,
  sendqOf,
  send as sendToReceiver,
  Sudog,
  sudogG,
  type WaitQ,
} from "./chan.ts";
import type { ReadyCase } from "./chooser.ts";
import { RuntimeError } from "./panic.ts";
import { race } from "./race.ts";
import {
  getsched,
  gopark,
  poll,
  proceed,
  promiseReject,
  type Sched,
  waitReason,
} from "./sched.ts";

const caseRecv = 1;
const caseSend = 2;

/** One case of a select: make it with `recv(ch, fn)` or `send(ch, v, fn)`. */
export interface SelectCase<R> {
  readonly kind: typeof caseRecv | typeof caseSend;
  readonly c: Chan<unknown> | null;
  readonly v: unknown;
  readonly fn: ((...args: never[]) => R) | undefined;
}

type CaseResult<C> = C extends SelectCase<infer R> ? R : never;

/**
 * A receive case, Go's `case v, ok := <-ch:`. When chosen, `fn(v, ok)` runs
 * and select resolves to what it returns. A `null` channel (Go's nil
 * channel) is never ready.
 */
export function recv<T, R = undefined>(
  ch: RecvChan<T> | null,
  fn?: (v: T, ok: boolean) => R,
): SelectCase<R> {
  return {
    kind: caseRecv,
    c: ch as Chan<unknown> | null,
    v: undefined,
    fn: fn as SelectCase<R>["fn"],
  };
}

/**
 * A send case, Go's `case ch <- v:`. When chosen, `fn()` runs and select
 * resolves to what it returns. A `null` channel is never ready; a closed one
 * panics, as in Go.
 */
export function send<T, R = undefined>(
  ch: SendChan<T> | null,
  v: T,
  fn?: () => R,
): SelectCase<R> {
  return { kind: caseSend, c: ch as Chan<unknown> | null, v, fn };
}

/**
 * Go's select statement. If one or more cases can proceed, one of them is
 * chosen uniformly at random; otherwise `dflt` runs if given, or select waits
 * until a case can proceed. Resolves to what the chosen case's handler (or
 * `dflt`) returns. `select([])` blocks forever.
 *
 * ```ts
 * const msg = await select([
 *   recv(results, (v) => `got ${v}`),
 *   recv(time.after(time.Second), () => "timeout"),
 * ]);
 * ```
 */
export function select<
  const C extends readonly SelectCase<unknown>[],
  D = never,
>(cases: C, dflt?: () => D): Promise<Awaited<CaseResult<C[number]> | D>> {
  // Pass 1 runs synchronously, without an async frame of its own: most
  // selects find a case ready. Its errors still reach the caller as a
  // rejected promise, as an async function's would.
  try {
    return selectgo(cases, dflt) as Promise<Awaited<CaseResult<C[number]> | D>>;
  } catch (e) {
    return promiseReject(e);
  }
}

// Taken at load: a program may replace the global Promise, not the runtime's.
const NativePromise = Promise;

// Go's pollorder, for pass 1 only (which never awaits, so one array serves
// every select).
let pollorder = new Int32Array(8);

function selectgo(
  cases: readonly SelectCase<unknown>[],
  dflt: (() => unknown) | undefined,
): Promise<unknown> {
  const s = getsched();
  const gp = s.curg!;
  const n = cases.length;

  // Go compiles a select with one case and no default to the plain
  // operation, which waits with the plain operation's reason.
  if (n === 1 && dflt === undefined) return single(cases[0]!);

  // Pass 1: look for a case that can proceed, in a random order (Go's
  // pollorder), skipping nil channels.
  if (pollorder.length < n) pollorder = new Int32Array(n * 2);
  let norder = 0;
  for (let i = 0; i < n; i++) {
    if (cases[i]!.c === null) continue;
    const j = s.rand.intn(norder + 1, "select");
    pollorder[norder++] = pollorder[j]!;
    pollorder[j] = i;
  }
  // Step mode: a Chooser may pick another ready case than the shuffle's.
  if (norder > 1 && s.rand.selectCase !== undefined)
    chooseCase(s, cases, norder);
  for (let k = 0; k < norder; k++) {
    const casi = pollorder[k]!;
    const cas = cases[casi]!;
    const c = cas.c!;
    if (cas.kind === caseRecv) {
      let v: unknown;
      let ok = true;
      const sg = sendqOf(c).dequeue();
      if (sg !== null) v = recvFromSender(s, c, sg, gp);
      else if (c.qcount > 0) v = recvFromBuffer(s, c, gp);
      else if (c.closed) {
        ok = false;
        if (race !== null) race.acquire(gp, c);
        if (s.tracing) s.record(gp, "recv", { ch: c.id, ok: false });
      } else continue;
      if (s.tracing) s.record(gp, "select", { case: casi });
      return fired(proceed(undefined), cas.fn, v, ok);
    }
    if (c.closed) throw new RuntimeError("send on closed channel");
    const sg = recvqOf(c).dequeue();
    if (sg !== null) sendToReceiver(s, c, sg, cas.v, gp);
    else if (c.qcount < c.dataqsiz) {
      if (race !== null) race.slot(gp, c, c.sendx);
      c.buf[c.sendx] = cas.v;
      if (++c.sendx === c.dataqsiz) c.sendx = 0;
      c.qcount++;
      if (s.tracing) s.record(gp, "send", { ch: c.id, value: cas.v });
    } else continue;
    if (s.tracing) s.record(gp, "select", { case: casi });
    return fired(proceed(undefined), cas.fn, undefined, true);
  }

  if (dflt !== undefined) {
    if (s.tracing) s.record(gp, "select", { case: -1 });
    return fired(poll(undefined, false), dflt, undefined, true);
  }
  return selectWait(cases);
}

/**
 * Step mode: when several cases are ready, asks the Chooser which fires and
 * moves that case to the front of the poll order. The shuffle made any ready
 * case first with the same odds, so every answer is a schedule Go could run;
 * the answer the Chooser gives by default, the ready case the shuffle put
 * first, leaves the select as it was.
 */
function chooseCase(
  s: Sched,
  cases: readonly SelectCase<unknown>[],
  norder: number,
): void {
  let first = -1;
  for (let k = 0; k < norder && first < 0; k++) {
    if (isReady(cases[pollorder[k]!]!)) first = pollorder[k]!;
  }
  if (first < 0) return;
  const ready: ReadyCase[] = [];
  let firstAt = 0;
  for (let i = 0; i < cases.length; i++) {
    const cas = cases[i]!;
    if (cas.c === null || !isReady(cas)) continue;
    if (i === first) firstAt = ready.length;
    ready.push({
      index: i,
      kind: cas.kind === caseRecv ? "recv" : "send",
      ch: cas.c.id,
    });
  }
  if (ready.length < 2) return;
  const chosen = ready[s.rand.selectCase!(ready, firstAt, cases.length)]!.index;
  for (let k = 0; k < norder; k++) {
    if (pollorder[k] !== chosen) continue;
    pollorder[k] = pollorder[0]!;
    pollorder[0] = chosen;
    return;
  }
}

/** Whether pass 1 would take `cas` (a send on a closed channel panics there). */
function isReady(cas: SelectCase<unknown>): boolean {
  const c = cas.c!;
  if (cas.kind === caseRecv) {
    return c.qcount > 0 || c.closed || waiting(sendqOf(c));
  }
  return c.closed || waiting(recvqOf(c)) || c.qcount < c.dataqsiz;
}

/** Whether `q` holds a waiter that dequeue would return, without taking it. */
function waiting(q: WaitQ): boolean {
  for (let sg = q.first; sg !== null; sg = sg.next) {
    if (!sg.isSelect || !sudogG(sg).selectDone) return true;
  }
  return false;
}

/**
 * The end of a select whose case (or default) was chosen in pass 1: the
 * scheduling point, then the case's handler. Without a handler, and when
 * the scheduling point did not switch goroutines, that is a promise already
 * resolved: no async frame at all.
 */
function fired(
  point: PromiseLike<void>,
  fn: ((...args: never[]) => unknown) | undefined,
  v: unknown,
  ok: boolean,
): Promise<unknown> {
  if (fn === undefined && point instanceof NativePromise) return point;
  return afterPoint(point, fn, v, ok);
}

async function afterPoint(
  point: PromiseLike<void>,
  fn: ((...args: never[]) => unknown) | undefined,
  v: unknown,
  ok: boolean,
): Promise<unknown> {
  await point;
  return (fn as ((v: unknown, ok: boolean) => unknown) | undefined)?.(v, ok);
}

// Passes 2 and 3: wait on every channel at once, then dequeue from the
// channels that did not fire.
async function selectWait(
  cases: readonly SelectCase<unknown>[],
): Promise<unknown> {
  const s = getsched();
  const gp = s.curg!;
  const n = cases.length;
  let sglist: Sudog | null = null;
  gp.selectDone = false;
  for (let i = n - 1; i >= 0; i--) {
    const cas = cases[i]!;
    const c = cas.c;
    if (c === null) continue;
    const sg = new Sudog(
      gp,
      c,
      cas.v,
      cas.kind === caseSend ? modeSend : modeOk,
      true,
    );
    sg.caseIndex = i;
    sg.waitlink = sglist;
    sglist = sg;
    if (cas.kind === caseSend) sendqOf(c).enqueue(sg);
    else recvqOf(c).enqueue(sg);
  }
  const won = await gopark<Sudog>(
    n === 0 ? waitReason.selectNoCases : waitReason.select,
  );

  gp.selectDone = false;
  for (let sg = sglist; sg !== null; sg = sg.waitlink) {
    if (sg !== won)
      (sg.mode === modeSend ? sendqOf(sg.c) : recvqOf(sg.c)).remove(sg);
  }
  const cas = cases[won.caseIndex]!;
  if (s.tracing) s.record(gp, "select", { case: won.caseIndex });
  if (cas.kind === caseSend) {
    if (!won.success) throw new RuntimeError("send on closed channel");
    return (cas.fn as (() => unknown) | undefined)?.();
  }
  return (cas.fn as ((v: unknown, ok: boolean) => unknown) | undefined)?.(
    won.elem,
    won.success,
  );
}

async function single(cas: SelectCase<unknown>): Promise<unknown> {
  const c = cas.c;
  if (cas.kind === caseRecv) {
    if (c === null) return gopark(waitReason.chanReceiveNilChan);
    const [v, ok] = (await chanrecv(c, modeOk)) as [unknown, boolean];
    return (cas.fn as ((v: unknown, ok: boolean) => unknown) | undefined)?.(
      v,
      ok,
    );
  }
  if (c === null) return gopark(waitReason.chanSendNilChan);
  await chansend(c, cas.v);
  return (cas.fn as (() => unknown) | undefined)?.();
}
