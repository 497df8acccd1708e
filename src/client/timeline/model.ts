// A run's trace as a picture: one lane per goroutine, spans of running,
// runnable and blocked along it, and arrows for what passed between
// goroutines (a go statement, a send and the receive that took it, a close
// and the receivers it released, an unlock and the lock it let in). Pure:
// the view (view.ts) draws it, the tests check it.
//
// The x axis is the event's index: one column per event, so a program that
// never sleeps still reads left to right; `clock` marks where virtual time moves.
import type { TimelineEvent } from "../playground/protocol.ts";

export type SpanState = "running" | "runnable" | "blocked";

/** A stretch of one goroutine's life, columns [from, to). */
export interface Span {
  state: SpanState;
  from: number;
  to: number;
  /** For a blocked span: Go's wait reason ("chan receive"). */
  reason?: string;
}

export interface Lane {
  g: number;
  /** "main", "g2 worker": the id and the function that started it, when known. */
  name: string;
  spans: Span[];
  /** The indexes of this goroutine's events. */
  events: number[];
}

export type ArrowKind = "spawn" | "send" | "close" | "unlock";

/** From an event on one lane to an event on another. */
export interface Arrow {
  kind: ArrowKind;
  from: number;
  to: number;
}

export interface TimelineModel {
  events: readonly TimelineEvent[];
  lanes: Lane[];
  /** The lane of each event, by index. */
  laneOf: number[];
  arrows: Arrow[];
  /** The columns where the virtual clock moves, with the time it reads. */
  clock: { column: number; t: number }[];
  columns: number;
}

const reasonWords: Record<string, string> = {
  "chan receive": "waiting to receive from a channel",
  "chan send": "waiting to send on a channel",
  "chan receive (nil chan)": "receiving from a nil channel: waits forever",
  "chan send (nil chan)": "sending on a nil channel: waits forever",
  select: "waiting in a select for a case to be ready",
  "select (no cases)": "in a select with no cases: waits forever",
  sleep: "sleeping",
  "sync.WaitGroup.Wait": "waiting for a WaitGroup to count down to zero",
  "sync.Mutex.Lock": "waiting for a mutex another goroutine holds",
  "sync.RWMutex.RLock": "waiting to read-lock an RWMutex a writer holds",
  "sync.RWMutex.Lock": "waiting to lock an RWMutex others hold",
  "sync.Cond.Wait": "waiting on a sync.Cond for a signal",
  "synctest.Wait": "waiting for every other goroutine to block",
  gosched: "yielded the processor",
};

/** A wait reason in words: "chan receive" → "waiting to receive from a channel". */
export function reasonInWords(reason: string | undefined): string {
  if (reason === undefined || reason === "") return "blocked";
  return reasonWords[reason] ?? `blocked [${reason}]`;
}

/**
 * The function a go statement starts, read from its line:
 * `go(worker, 1)`, `go(() => worker(i))`, `go(async () => { await producer(out) })`.
 */
export function spawnedFunction(line: string): string | null {
  const call = /\bgo\(\s*(?:async\s+)?(?:function\s*\*?\s*(\w+)|([A-Za-z_$][\w$.]*)\s*[,)])/.exec(
    line,
  );
  if (call !== null) return (call[1] ?? call[2] ?? "").split(".").pop() || null;
  const arrow =
    /\bgo\(\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*=>\s*\{?\s*(?:await\s+)?(?:return\s+)?([A-Za-z_$][\w$.]*)\s*\(/.exec(
      line,
    );
  if (arrow === null) return null;
  const name = arrow[1]!.split(".").pop()!;
  // `go(async () => { fmt.println(…) })` starts an anonymous function, not println.
  return arrow[1]!.includes(".") ? null : name;
}

interface GState {
  state: SpanState | "new" | "done";
  since: number;
  reason?: string;
}

/**
 * Whether an event is the program's own. Goroutine 0 stands for the runtime,
 * which is no goroutine of the program: it starts main (kept: main's lane
 * begins there) and, when a timer fires, sends on its channel (left out: the
 * goroutine that receives the value shows it, at its own line). A test
 * harness's own code never reaches the trace: the grader marks its goroutine
 * untraced once the learner's function has returned (go/run's
 * untraceGoroutine), so nothing here matches wait reasons or names.
 */
export function isProgramEvent(e: TimelineEvent): boolean {
  return e.g !== 0 || e.kind === "spawn";
}

/**
 * Builds the lanes, spans and arrows of the program's events (see
 * isProgramEvent). `lineText`, when given, returns the source of a line, for
 * naming goroutines by the function they started with.
 */
export function buildTimeline(
  all: readonly TimelineEvent[],
  lineText?: (line: number) => string | undefined,
): TimelineModel {
  const events = all.every(isProgramEvent) ? all : all.filter(isProgramEvent);
  const lanes: Lane[] = [];
  const laneIndex = new Map<number, number>();
  const states = new Map<number, GState>();
  const laneOf: number[] = new Array<number>(events.length);
  const arrows: Arrow[] = [];
  const clock: { column: number; t: number }[] = [];
  const names = new Map<number, string>();
  const spawnAt = new Map<number, number>();
  // send → receive: each channel's sends and receives pair off in order (FIFO).
  const sends = new Map<number, number[]>();
  const recvs = new Map<number, number[]>();
  // The event whose wake-ups follow: a close, or an unlock (then the woken
  // waiter's next lock is the one it let in).
  let waker = -1;
  const letIn = new Map<number, number>();
  let runner = -1;

  const lane = (g: number): Lane => {
    let i = laneIndex.get(g);
    if (i === undefined) {
      i = lanes.length;
      laneIndex.set(g, i);
      lanes.push({ g, name: g === 1 ? "main" : `g${g}`, spans: [], events: [] });
    }
    return lanes[i]!;
  };
  const setState = (g: number, state: GState["state"], at: number, reason?: string) => {
    const st = states.get(g);
    if (st !== undefined && st.state === state && st.reason === reason) return;
    if (st !== undefined && st.state !== "new" && st.state !== "done" && at > st.since) {
      const span: Span = { state: st.state, from: st.since, to: at };
      if (st.reason !== undefined) span.reason = st.reason;
      lane(g).spans.push(span);
    }
    const next: GState = { state, since: at };
    if (reason !== undefined) next.reason = reason;
    states.set(g, next);
  };

  let lastT = -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.t !== lastT) {
      if (i > 0 || e.t !== 0) clock.push({ column: i, t: e.t });
      lastT = e.t;
    }
    if (e.g === 0 && e.kind === "spawn") {
      // The runtime starting main: main's lane begins here, runnable.
      const main = lane(e.child!);
      laneOf[i] = laneIndex.get(e.child!)!;
      main.events.push(i);
      setState(e.child!, "runnable", i);
      continue;
    }
    const l = lane(e.g);
    laneOf[i] = laneIndex.get(e.g)!;
    l.events.push(i);
    const st = states.get(e.g);
    // An event recorded for a parked goroutine (the receive of a value handed
    // to it, its wake-up) is done on its behalf: it is not running.
    const parked = st !== undefined && st.state === "blocked";
    if (e.kind !== "wake" && !parked) {
      if (runner !== e.g) {
        const prev = states.get(runner);
        if (prev !== undefined && prev.state === "running") setState(runner, "runnable", i);
        runner = e.g;
      }
      setState(e.g, "running", i);
    }
    switch (e.kind) {
      case "spawn": {
        const child = e.child!;
        lane(child);
        spawnAt.set(child, i);
        setState(child, "runnable", i);
        const text = e.line === undefined ? undefined : lineText?.(e.line);
        const fn = text === undefined ? null : spawnedFunction(text);
        if (fn !== null) names.set(child, fn);
        break;
      }
      case "block":
        setState(e.g, "blocked", i, e.reason);
        if (runner === e.g) runner = -1;
        break;
      case "sleep":
        setState(e.g, "blocked", i, "sleep");
        if (runner === e.g) runner = -1;
        break;
      case "wake":
        setState(e.g, "runnable", i);
        if (waker >= 0 && events[waker]!.kind === "close") {
          arrows.push({ kind: "close", from: waker, to: i });
        } else if (waker >= 0 && st?.reason?.startsWith("sync.") === true) {
          letIn.set(e.g, waker);
        }
        break;
      case "send":
        push(sends, e.ch!, i);
        break;
      case "recv":
        // A receive from a closed channel took no one's value.
        if (e.value !== undefined) push(recvs, e.ch!, i);
        break;
      case "lock": {
        const from = letIn.get(e.g);
        if (from !== undefined) {
          arrows.push({ kind: "unlock", from, to: i });
          letIn.delete(e.g);
        }
        break;
      }
      case "exit":
      case "panic":
        setState(e.g, "done", i + 1);
        if (runner === e.g) runner = -1;
        break;
    }
    if (e.kind === "close" || e.kind === "unlock") waker = i;
    else if (e.kind !== "wake") waker = -1;
    // A spawned goroutine's arrow goes to its first event of its own.
    const from = spawnAt.get(e.g);
    if (from !== undefined && from !== i && e.kind !== "wake") {
      arrows.push({ kind: "spawn", from, to: i });
      spawnAt.delete(e.g);
    }
  }
  for (const [g, st] of states) setState(g, "done", Math.max(events.length, st.since + 1));
  for (const [ch, list] of sends) {
    const taken = recvs.get(ch) ?? [];
    for (let k = 0; k < list.length && k < taken.length; k++) {
      arrows.push({ kind: "send", from: list[k]!, to: taken[k]! });
    }
  }
  for (const l of lanes) {
    const fn = names.get(l.g);
    if (fn !== undefined) l.name = `${l.name} ${fn}`;
  }
  arrows.sort((a, b) => a.from - b.from || a.to - b.to);
  return { events, lanes, laneOf, arrows, clock, columns: events.length };
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
