// The race detector: Go's `-race`, after ThreadSanitizer's happens-before
// algorithm as Go uses it (runtime/race.go), in the FastTrack form. Every
// goroutine keeps a vector clock; the runtime's synchronising operations
// (the go statement, channel operations, sync, atomics) pass clocks from one
// goroutine to another, as Go's memory model says they order them; and every
// instrumented access to a shared variable is checked against the last
// write and the last reads of that variable. Two accesses from different
// goroutines, at least one a write, that no chain of synchronisation orders
// are a data race, whatever order the scheduler happened to run them in.
//
// One goroutine runs at a time here, so a program's output never shows a
// torn write; the detector reports what would race on a real machine, as Go
// reports it: `WARNING: DATA RACE`, the two accesses, where the goroutines
// were created, once per pair of locations, and `Found N data race(s)` with
// exit status 66 at the end.
//
// The detector is off unless a run asks for it (`run(main, { race: true })`):
// then `race` below is set, and every hook in the runtime is one null check.
// Accesses come from the learner's code, instrumented by the compiler
// (src/client/playground/race-instrument.ts) to call race-hooks.ts.

import type { Chan } from "./chan.ts";
import { ProgramExit } from "./panic.ts";
import { type G, Gdead, sched } from "./sched.ts";
import {
  captureStack,
  type Frame,
  type FrameMapper,
  funcName,
  userFrames,
} from "./traceback.ts";

/** A vector clock: entry i is the last moment of slot i's goroutine known here; a hole is 0. */
type VC = (number | undefined)[];

/** A place in the learner's code that an instrumented access stands for. */
export class Site {
  private static ids = 0;
  readonly id = ++Site.ids;
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** The function it is in, named as Go would: `main.main.func1`. */
    readonly fn: string,
    /** What is accessed: a variable's name, or the object's expression for a property. */
    readonly name: string,
    /** For a property: how the key is written (`.n`, or `[i]` with the key's value). */
    readonly computed: boolean,
  ) {}
}

/** Stands for a collection's contents (an array's length, a Map's entries) as one variable. */
export const contents: unique symbol = Symbol("contents");

/** The shadow of one variable (or property): its last write and its last reads. */
export class Cell {
  /** The detector that last touched it: a cell left by an earlier run starts over. */
  gen = 0;
  /** Last write: the goroutine's slot and id, its clock then, and where. */
  wt = 0;
  wg = 0;
  we = 0;
  ws: Site | null = null;
  /** Last read while reads are ordered: slot, id, clock, where. */
  rt = 0;
  rg = 0;
  re = 0;
  rs: Site | null = null;
  /** Concurrent reads (FastTrack's read vector): slot → clock, where, goroutine id. */
  shared: Map<number, { e: number; s: Site; g: number }> | null = null;

  /** `key` is the property's key, or null for a variable. */
  constructor(readonly key: PropertyKey | null) {}

  reset(gen: number): void {
    this.gen = gen;
    this.wt = this.wg = this.we = this.rt = this.rg = this.re = 0;
    this.ws = this.rs = null;
    this.shared = null;
  }
}

/** One access in a report. */
export interface RaceAccess {
  kind: "read" | "write";
  goroutine: number;
  /** The variable, as the learner's code names it: `counter`, `results[3]`, `c.n`. */
  name: string;
  /** The function and the place of the access, innermost first. */
  frames: Frame[];
}

/** One data race, as `go run -race` reports it. */
export interface RaceReport {
  /** The report's text, from one `==================` line to the next. */
  text: string;
  /** The access that found the race. */
  access: RaceAccess;
  /** The earlier access it races with. */
  previous: RaceAccess;
}

/** Reports beyond this many are counted, not printed. */
export const maxReports = 100;

/** Go's detector dies with more goroutines than this alive at once. */
export const maxAlive = 8128;

/**
 * Slots (entries of the vector clocks) in use before the detector forgets
 * the history of finished goroutines, as ThreadSanitizer resets when it runs
 * out of slots: afterwards it can miss a race between an access before the
 * reset and one after, never report a race that is not there.
 */
export const resetSlots = 4096;

const rule = "==================\n";

let generation = 0;

/** The detector of the running program, or null when the run did not ask for one. */
export let race: Detector | null = null;

export function setRace(d: Detector | null): void {
  race = d;
}

function join(dst: VC, src: VC): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const x = src[i];
    if (x !== undefined && x > (dst[i] ?? 0)) dst[i] = x;
  }
}

/** The state of the detector for one run. */
export class Detector {
  /** Changes at a reset: every cell's history from before is dropped when next touched. */
  gen = ++generation;
  /** Each goroutine's vector clock, by goroutine id. */
  private clocks: (VC | undefined)[] = [];
  /** Each goroutine's slot: its entry in every vector clock, by goroutine id. */
  private slotOf: number[] = [];
  private nslots = 0;
  /** Each slot's goroutine, and the last of its moments that any cell or clock may hold. */
  private owner: (G | undefined)[] = [];
  private lastUse: number[] = [];
  /** Where the next look for a slot to reuse starts. */
  private cursor = 1;
  /** Where each goroutine was created, by id: an Error whose stack is formatted only if a report needs it. */
  private created: (Error | undefined)[] = [];
  /** The clocks that synchronising objects carry from a release to an acquire. */
  private syncs = new WeakMap<object, VC>();
  /** A buffered channel's slots each carry a clock (Go's racenotify). */
  private slots = new WeakMap<object, VC[]>();
  private readonly seen = new Set<string>();
  readonly reports: RaceReport[] = [];
  /** Races found, printed or not. */
  found = 0;

  constructor(
    private readonly mapFrame: FrameMapper,
    private readonly print: (text: string) => void,
  ) {}

  /** The running goroutine's clock, or undefined outside any goroutine. */
  clock(gp: G | null): VC | undefined {
    return gp === null ? undefined : this.clocks[gp.id];
  }

  /** Moves goroutine `gp`'s own clock on, after a release. */
  private tick(gp: G, vc: VC): void {
    const slot = this.slotOf[gp.id]!;
    this.lastUse[slot] = vc[slot]!;
    vc[slot]!++;
  }

  /**
   * A slot whose goroutine has ended and whose every recorded moment the
   * parent already knows (it waited for that goroutine, say with a
   * WaitGroup): a child in that slot is ordered after all of it anyway, so
   * the slot can be reused without hiding a race. Looks at a few slots a
   * call, round the table.
   */
  private reusable(pvc: VC): number {
    for (let k = 0; k < 4 && this.nslots > 1; k++) {
      const slot = this.cursor;
      this.cursor = slot >= this.nslots ? 1 : slot + 1;
      const g = this.owner[slot];
      if (
        g !== undefined &&
        g.status === Gdead &&
        (pvc[slot] ?? 0) >= (this.lastUse[slot] ?? 0)
      )
        return slot;
    }
    return 0;
  }

  /** The go statement: what the parent did so far happens before the child starts. */
  spawn(parent: G | null, child: G): void {
    const s = sched!;
    if (s.ngoroutine > maxAlive) {
      s.exit({
        kind: "limit",
        message: `race: limit on ${maxAlive} simultaneously alive goroutines is exceeded, dying`,
      });
      throw new ProgramExit("race detector goroutine limit");
    }
    if (
      this.nslots >= resetSlots &&
      this.nslots - s.ngoroutine >= this.nslots / 2
    )
      this.reset();
    const pvc = this.clock(parent);
    const reuse = pvc === undefined ? 0 : this.reusable(pvc);
    const slot = reuse !== 0 ? reuse : ++this.nslots;
    // Holes read as 0: a goroutine's clock is as long as the slots it knows.
    const vc = pvc === undefined ? [] : pvc.slice();
    if (reuse !== 0) {
      // The new goroutine's moments come after everything of the old one's.
      const old = this.owner[slot]!;
      vc[slot] = this.clocks[old.id]![slot]! + 1;
      this.clocks[old.id] = undefined;
    } else vc[slot] = 1;
    this.owner[slot] = child;
    this.slotOf[child.id] = slot;
    this.clocks[child.id] = vc;
    if (pvc !== undefined) this.tick(parent!, pvc);
    // Every goroutine but main has a creation to report (one a timer starts
    // has no parent, and its frames are the runtime's).
    if (parent !== null || s.main !== null) {
      // The engine records the frames now and writes the text when asked:
      // a spawn costs little, a report pays.
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 50;
      this.created[child.id] = new Error();
      Error.stackTraceLimit = limit;
    }
  }

  // Forgets all history: the live goroutines start over in new slots.
  private reset(): void {
    this.gen = ++generation;
    this.syncs = new WeakMap();
    this.slots = new WeakMap();
    this.clocks = [];
    this.slotOf = [];
    this.owner = [];
    this.lastUse = [];
    this.cursor = 1;
    this.nslots = 0;
    const created = this.created;
    this.created = [];
    for (let g = sched!.allg; g !== null; g = g.next) {
      this.created[g.id] = created[g.id];
      const slot = ++this.nslots;
      const vc: VC = [];
      vc[slot] = 1;
      this.owner[slot] = g;
      this.slotOf[g.id] = slot;
      this.clocks[g.id] = vc;
    }
  }

  /**
   * A value handed from goroutine `first` to `second` on channel `c` while
   * the other waited (Go's racesync and racenotify): on an unbuffered
   * channel each happens before the other goes on; on a buffered one the
   * value passes through the slot at the head.
   */
  handoff(c: Chan<unknown>, first: G | null, second: G): void {
    if (first === null) return;
    if (c.dataqsiz === 0) this.rendezvous(first, second);
    else {
      this.slot(first, c, c.recvx);
      this.slot(second, c, c.recvx);
    }
  }

  /** `gp` acquires what was released on `obj` (a lock, a WaitGroup's wait, a closed channel's receive). */
  acquire(gp: G | null, obj: object): void {
    const vc = this.clock(gp);
    const l = this.syncs.get(obj);
    if (vc !== undefined && l !== undefined) join(vc, l);
  }

  /** `gp` releases on `obj`, replacing what was there (an unlock). */
  release(gp: G | null, obj: object): void {
    const vc = this.clock(gp);
    if (vc === undefined) return;
    this.syncs.set(obj, vc.slice());
    this.tick(gp!, vc);
  }

  /** `gp` releases on `obj`, adding to what was there (a WaitGroup's done, an RUnlock, an atomic write). */
  releaseMerge(gp: G | null, obj: object): void {
    const vc = this.clock(gp);
    if (vc === undefined) return;
    const l = this.syncs.get(obj);
    if (l === undefined) this.syncs.set(obj, vc.slice());
    else join(l, vc);
    this.tick(gp!, vc);
  }

  /**
   * A value passing through slot `i` of buffered channel `c` (Go's
   * racenotify): the k-th receive happens before the (k+C)-th send
   * completes, and a send before the receive that takes its value.
   */
  slot(gp: G | null, c: object, i: number): void {
    const vc = this.clock(gp);
    if (vc === undefined) return;
    let slots = this.slots.get(c);
    if (slots === undefined) this.slots.set(c, (slots = []));
    const old = slots[i];
    slots[i] = vc.slice();
    if (old !== undefined) join(vc, old);
    this.tick(gp!, vc);
  }

  /** An unbuffered send meeting its receive: each happens before the other completes. */
  rendezvous(a: G | null, b: G | null): void {
    const va = this.clock(a);
    const vb = this.clock(b);
    if (va === undefined || vb === undefined) return;
    join(va, vb);
    join(vb, va);
    this.tick(a!, va);
    this.tick(b!, vb);
  }

  /**
   * An atomic operation on `obj` (sync/atomic, sync.Map): sequentially
   * consistent, as in Go, so every one acquires what earlier writes released.
   */
  atomic(obj: object, write: boolean): void {
    const gp = sched === null ? null : sched.curg;
    this.acquire(gp, obj);
    if (write) this.releaseMerge(gp, obj);
  }

  /** A read of `cell` at `site` by the running goroutine. */
  read(cell: Cell, site: Site): void {
    const gp = sched === null ? null : sched.curg;
    if (gp === null) return;
    const vc = this.clocks[gp.id];
    if (vc === undefined) return;
    const t = this.slotOf[gp.id]!;
    if (cell.gen !== this.gen) cell.reset(this.gen);
    const e = vc[t]!;
    const shared = cell.shared;
    if (shared === null) {
      if (cell.rt === t && cell.re === e) return;
    } else if (shared.get(t)?.e === e) return;
    this.lastUse[t] = e;
    const wt = cell.wt;
    if (wt !== 0 && wt !== t && cell.we > (vc[wt] ?? 0))
      this.report(cell, gp, site, false, cell.wg, cell.ws!, true);
    if (shared !== null) {
      const r = shared.get(t);
      if (r === undefined) shared.set(t, { e, s: site, g: gp.id });
      else {
        r.e = e;
        r.s = site;
        r.g = gp.id;
      }
    } else if (
      cell.rt === 0 ||
      cell.rt === t ||
      cell.re <= (vc[cell.rt] ?? 0)
    ) {
      cell.rt = t;
      cell.rg = gp.id;
      cell.re = e;
      cell.rs = site;
    } else {
      cell.shared = new Map([
        [cell.rt, { e: cell.re, s: cell.rs!, g: cell.rg }],
        [t, { e, s: site, g: gp.id }],
      ]);
    }
  }

  /** A write of `cell` at `site` by the running goroutine. */
  write(cell: Cell, site: Site): void {
    const gp = sched === null ? null : sched.curg;
    if (gp === null) return;
    const vc = this.clocks[gp.id];
    if (vc === undefined) return;
    const t = this.slotOf[gp.id]!;
    if (cell.gen !== this.gen) cell.reset(this.gen);
    const e = vc[t]!;
    if (cell.wt === t && cell.we === e) {
      cell.ws = site;
      return;
    }
    this.lastUse[t] = e;
    const wt = cell.wt;
    if (wt !== 0 && wt !== t && cell.we > (vc[wt] ?? 0))
      this.report(cell, gp, site, true, cell.wg, cell.ws!, true);
    const shared = cell.shared;
    if (shared !== null) {
      for (const [u, r] of shared)
        if (u !== t && r.e > (vc[u] ?? 0))
          this.report(cell, gp, site, true, r.g, r.s, false);
      cell.shared = null;
    } else if (cell.rt !== 0 && cell.rt !== t && cell.re > (vc[cell.rt] ?? 0))
      this.report(cell, gp, site, true, cell.rg, cell.rs!, false);
    cell.wt = t;
    cell.wg = gp.id;
    cell.we = e;
    cell.ws = site;
    cell.rt = cell.rg = cell.re = 0;
    cell.rs = null;
  }

  private report(
    cell: Cell,
    gp: G,
    site: Site,
    isWrite: boolean,
    pt: number,
    psite: Site,
    pIsWrite: boolean,
  ): void {
    const key =
      site.id < psite.id ? `${site.id}:${psite.id}` : `${psite.id}:${site.id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.found++;
    if (this.reports.length >= maxReports) {
      if (this.found === maxReports + 1) {
        this.print(
          `(more data races found: only the first ${maxReports} are reported)\n`,
        );
      }
      return;
    }
    // Where the running goroutine stands: the access's own place, then its callers.
    const callers = userFrames(captureStack(), this.mapFrame).slice(1);
    const access: RaceAccess = {
      kind: isWrite ? "write" : "read",
      goroutine: gp.id,
      name: displayName(site, cell),
      frames: [siteFrame(site), ...callers],
    };
    const previous: RaceAccess = {
      kind: pIsWrite ? "write" : "read",
      goroutine: pt,
      name: displayName(psite, cell),
      frames: [siteFrame(psite)],
    };
    let text = `${rule}WARNING: DATA RACE\n`;
    text += `${isWrite ? "Write" : "Read"} at ${access.name} by goroutine ${gp.id}:\n${frames(access.frames)}`;
    text += `\nPrevious ${pIsWrite ? "write" : "read"} at ${previous.name} by goroutine ${pt}:\n${frames(previous.frames)}`;
    text += this.creation(gp.id, "running");
    text += this.creation(pt, alive(pt) ? "running" : "finished");
    text += rule;
    this.reports.push({ text, access, previous });
    this.print(text);
  }

  private creation(id: number, status: string): string {
    const stack = this.created[id]?.stack;
    if (stack === undefined) return "";
    // Where Go names the runtime's or the test's creating function, the
    // program has no line to show: a goroutine started by a timer
    // (time.afterFunc, context.afterFunc) or by an exercise's checks.
    const list = userFrames(stack, this.mapFrame);
    const where = list.length === 0 ? "  (runtime)\n" : frames(list);
    return `\nGoroutine ${id} (${status}) created at:\n${where}`;
  }

  /** What `go run -race` prints when the program ends: nothing without races. */
  summary(): string {
    return this.found === 0 ? "" : `Found ${this.found} data race(s)\n`;
  }
}

function alive(id: number): boolean {
  for (let g = sched?.allg ?? null; g !== null; g = g.next)
    if (g.id === id) return true;
  return false;
}

function siteFrame(site: Site): Frame {
  return {
    fn: site.fn,
    file: site.file,
    line: site.line,
    column: site.column,
  };
}

// Go's race report indents a frame's function by two spaces and its place by six.
function frames(list: readonly Frame[]): string {
  let out = "";
  for (const f of list) {
    // V8 names a module's exported function `Module.f`; Go would say main.f.
    const fn = f.fn.startsWith("main.")
      ? f.fn
      : funcName(f.fn.replace(/^Module\./, ""));
    out += `  ${fn}()\n      ${f.file}:${f.line}:${f.column}\n`;
  }
  return out;
}

function displayName(site: Site, cell: Cell): string {
  const key = cell.key;
  if (key === null || key === contents) return site.name;
  // An element, even one a whole read (`a.join()`, `[...a]`) reached.
  if (typeof key === "number") return `${site.name}[${key}]`;
  if (
    !site.computed ||
    (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key))
  )
    return `${site.name}.${String(key)}`;
  return `${site.name}[${typeof key === "string" ? JSON.stringify(key) : String(key)}]`;
}
