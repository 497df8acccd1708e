/**
 * A model of Go's scheduler, after `runtime/proc.go`, for the scheduler
 * chapter's simulator. Pure TypeScript: no DOM, no clock, no Math.random;
 * the same seed and the same actions give the same run.
 *
 * What it keeps from Go: Gs, Ms and Ps; a local run queue of 256 slots and
 * a `runnext` slot per P; the global run queue; `findRunnable`'s order
 * (the global queue first on every 61st schedule, then runnext, the local
 * queue, the global queue, the network poller, and stealing half of a
 * random victim's queue); `go` putting the new G in runnext; a full local
 * queue moving half of itself to the global queue; idle Ps woken with a
 * spinning M when work appears; sysmon handing a P off from an M stuck in a
 * system call (after 20 µs) and preempting a G that has run for 10 ms;
 * GOMAXPROCS changed while it runs. What it leaves out: the garbage
 * collector, locked threads, timers on Ps, and the exact costs.
 *
 * Time is in microseconds. `step()` makes one scheduling decision (or lets
 * time pass to the next one) and returns a sentence saying what happened
 * and why.
 */

/** What a goroutine does, in order. */
export type Segment =
  /** Computes for `us` microseconds. */
  | { kind: "run"; us: number }
  /** Runs `go` `count` times; each new goroutine computes for `work` µs. */
  | { kind: "go"; count: number; work: number }
  /** Blocks on a channel; another goroutine's send wakes it `us` later. */
  | { kind: "chan"; us: number }
  /** A blocking system call of `us` microseconds. */
  | { kind: "syscall"; us: number }
  /** Waits `us` for a network connection to become ready. */
  | { kind: "net"; us: number };

export type GStatus = "runnable" | "running" | "waiting" | "syscall" | "netpoll" | "dead";

export interface G {
  id: number;
  status: GStatus;
  script: Segment[];
  /** The segment it is in. */
  pc: number;
  /** Microseconds of computing left in the current "run" segment. */
  left: number;
  /** When it was last scheduled onto a P (for preemption). */
  since: number;
  /** When a wait ends (channel, system call, network). */
  wakeAt: number;
  /** For a netpoll wait: whether the poller has reported it ready. */
  ready: boolean;
}

export type PStatus = "idle" | "running" | "syscall";

export interface P {
  id: number;
  status: PStatus;
  runnext: number | null;
  runq: number[];
  m: number | null;
  /** The G running on this P (status "running"), or the G in a system call ("syscall"). */
  g: number | null;
  schedtick: number;
  /** When the current system call began. */
  syscallSince: number;
}

export type MStatus = "running" | "spinning" | "syscall" | "idle";

export interface M {
  id: number;
  status: MStatus;
  p: number | null;
  g: number | null;
}

/** The Go runtime's constants that the model uses. */
export const runqSize = 256;
export const globalFairness = 61;
export const sysmonSyscall = 20; // µs in a system call before sysmon retakes the P
export const forcePreempt = 10_000; // 10 ms
export const netpollForce = 10_000; // sysmon polls the network when nobody has for 10 ms
export const stealTries = 4;

export interface Scenario {
  gomaxprocs: number;
  /** The main goroutine's script; it starts running on P0. */
  main: Segment[];
  /** Other goroutines that exist at the start, in P0's local queue. */
  queued?: Segment[][];
}

export interface Event {
  /** Virtual time of the event, µs. */
  at: number;
  text: string;
}

/** A small, seeded generator (splitmix32), so runs repeat exactly. */
export class Rand {
  constructor(private state: number) {}
  uint32(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
  intn(n: number): number {
    return this.uint32() % n;
  }
}

export function formatTime(us: number): string {
  if (us === 0) return "0";
  if (us % 1000 === 0) return `${us / 1000}ms`;
  if (us < 1000) return `${us}µs`;
  return `${(us / 1000).toFixed(3).replace(/0+$/, "")}ms`;
}

export class Sim {
  now = 0;
  readonly gs: G[] = [];
  ps: P[] = [];
  readonly ms: M[] = [];
  global: number[] = [];
  readonly log: Event[] = [];
  /** When the last goroutine finished, or null. */
  finishedAt: number | null = null;
  /** Set when no goroutine can ever run again. */
  stuck = false;
  /** When the network was last polled. */
  lastPoll = 0;
  private readonly rand: Rand;

  constructor(scenario: Scenario, seed = 1) {
    this.rand = new Rand(seed);
    for (let i = 0; i < scenario.gomaxprocs; i++) this.ps.push(newP(i));
    const main = this.newG(scenario.main);
    const p0 = this.ps[0]!;
    const m0 = this.newM();
    m0.status = "running";
    m0.p = 0;
    p0.m = m0.id;
    p0.status = "running";
    for (const script of scenario.queued ?? []) p0.runq.push(this.newG(script).id);
    this.execute(p0, main);
    this.note(`G${main.id} (main) starts on P0, run by M0; the other Ps are idle`);
  }

  get gomaxprocs(): number {
    return this.ps.length;
  }

  /** Whether every goroutine has finished. */
  get done(): boolean {
    return this.gs.every((g) => g.status === "dead");
  }

  g(id: number): G {
    return this.gs[id - 1]!;
  }

  /** Makes one scheduling decision, or moves time on to the next; returns what happened. */
  step(): Event | null {
    if ((this.done && this.finishedAt !== null) || this.stuck) return null;
    for (let i = 0; i < 10_000; i++) {
      const text = this.decide();
      if (text !== null) return this.note(text);
      const next = this.nextTime();
      if (next === null) {
        this.stuck = true;
        return this.note("nothing can happen any more: every goroutine is blocked");
      }
      this.advance(next);
    }
    throw new Error("scheduler model: no decision after 10,000 rounds");
  }

  // One decision at the current time, or null if none is due.
  private decide(): string | null {
    return (
      this.segmentEnds() ??
      this.wakeups() ??
      this.sysmon() ??
      this.wakep() ??
      this.schedule() ??
      this.finish()
    );
  }

  // --- goroutines reaching the end of what they were doing

  private segmentEnds(): string | null {
    for (const p of this.ps) {
      if (p.status !== "running" || p.g === null) continue;
      const g = this.g(p.g);
      if (g.left > 0) continue;
      const text = this.nextSegment(p, g);
      if (text !== null) return text;
    }
    return null;
  }

  // Moves g (running on p, its segment finished) into its next segment.
  private nextSegment(p: P, g: G): string | null {
    g.pc++;
    const seg = g.script[g.pc];
    if (seg === undefined) {
      g.status = "dead";
      p.g = null;
      this.m(p).g = null;
      return `G${g.id} finishes on P${p.id}; P${p.id} looks for another goroutine`;
    }
    switch (seg.kind) {
      case "run":
        g.left = seg.us;
        return null;
      case "go": {
        g.left = 0;
        return this.goStatement(p, seg.work);
      }
      case "chan":
        return this.park(
          p,
          g,
          "waiting",
          seg.us,
          `G${g.id} blocks on a channel; it leaves P${p.id}, which looks for other work`,
        );
      case "syscall":
        return this.enterSyscall(p, g, seg.us);
      case "net":
        g.ready = false;
        return this.park(
          p,
          g,
          "netpoll",
          seg.us,
          `G${g.id} waits for the network: the poller watches its connection, and it holds neither P${p.id} nor an M`,
        );
    }
  }

  // `go f()` on p: the new G takes runnext; the old runnext goes to the tail.
  private goStatement(p: P, work: number): string {
    const g = this.newG([{ kind: "run", us: work }]);
    const parent = p.g === null ? "" : `G${p.g} `;
    const old = p.runnext;
    p.runnext = g.id;
    if (old === null) return `${parent}starts G${g.id}: it goes to P${p.id}'s runnext slot`;
    const moved = this.runqput(p, old);
    return `${parent}starts G${g.id}: it takes P${p.id}'s runnext slot, and G${old} moves to ${moved}`;
  }

  /** Puts g at the tail of p's local queue, or, if it is full, half of the queue and g in the global queue (Go's runqputslow). */
  runqput(p: P, gid: number): string {
    if (p.runq.length < runqSize) {
      p.runq.push(gid);
      return `the tail of P${p.id}'s local queue`;
    }
    const half = p.runq.splice(0, runqSize / 2);
    this.global.push(...half, gid);
    return `the global queue, with ${half.length} others: P${p.id}'s local queue was full, so half of it moved there`;
  }

  private park(p: P, g: G, status: GStatus, us: number, text: string): string {
    g.status = status;
    g.wakeAt = this.now + us;
    p.g = null;
    this.m(p).g = null;
    return text;
  }

  private enterSyscall(p: P, g: G, us: number): string {
    g.status = "syscall";
    g.wakeAt = this.now + us;
    p.status = "syscall";
    p.syscallSince = this.now;
    this.m(p).status = "syscall";
    return `G${g.id} enters a system call: M${p.m} blocks in the kernel, and P${p.id} waits with it, for now`;
  }

  // --- waits that end: channels, system calls, the network

  private wakeups(): string | null {
    for (const g of this.gs) {
      if (g.wakeAt > this.now) continue;
      if (g.status === "waiting") return this.ready(g);
      if (g.status === "syscall") return this.exitSyscall(g);
      if (g.status === "netpoll" && !g.ready) {
        g.ready = true;
        // With every P idle, the last M to give up waits in the poller itself, and wakes now.
        const idle = this.ps.find((p) => p.status === "idle");
        if (idle !== undefined && this.ps.every((p) => p.status === "idle")) {
          this.lastPoll = this.now;
          this.injectFromPoll(g);
          this.global = this.global.filter((id) => id !== g.id);
          const fresh = !this.ms.some((m) => m.status === "idle");
          const m = this.startM(idle, "running");
          this.execute(idle, g);
          const who = fresh
            ? `a new thread, M${m.id},`
            : `M${m.id}, which was waiting in the poller since every P went idle,`;
          return `G${g.id}'s connection is ready: ${who} takes P${idle.id} and runs it`;
        }
        return `G${g.id}'s connection is ready; the poller will hand it back the next time someone asks`;
      }
    }
    return null;
  }

  // A channel send wakes g: it goes to the sender's P's runnext (Go's goready).
  private ready(g: G): string {
    g.status = "runnable";
    this.advancePc(g);
    const sender = this.ps.find((p) => p.status === "running" && p.g !== null);
    if (sender === undefined) {
      this.global.push(g.id);
      return `the value G${g.id} waited for is sent; no goroutine is running on a P, so G${g.id} goes to the global queue`;
    }
    const old = sender.runnext;
    sender.runnext = g.id;
    const kicked = old === null ? "" : `, and G${old} moves to ${this.runqput(sender, old)}`;
    return `a send from G${sender.g}, on P${sender.id}, wakes G${g.id}: it goes to P${sender.id}'s runnext${kicked}`;
  }

  private exitSyscall(g: G): string {
    const m = this.ms.find((x) => x.g === g.id)!;
    this.advancePc(g);
    const own = m.p === null ? null : this.ps[m.p]!;
    if (own !== null && own.status === "syscall" && own.m === m.id) {
      own.status = "running";
      m.status = "running";
      g.status = "running";
      g.since = this.now;
      return `G${g.id}'s system call returns; M${m.id} still has P${own.id}, so G${g.id} runs on`;
    }
    m.p = null;
    const idle = this.ps.find((p) => p.status === "idle");
    if (idle !== undefined) {
      idle.m = m.id;
      idle.status = "running";
      m.p = idle.id;
      m.status = "running";
      this.execute(idle, g);
      return `G${g.id}'s system call returns; its P was handed off, so M${m.id} takes idle P${idle.id} and runs G${g.id}`;
    }
    g.status = "runnable";
    this.global.push(g.id);
    m.g = null;
    m.status = "idle";
    return `G${g.id}'s system call returns, but its P was handed off and no P is idle: G${g.id} goes to the global queue and M${m.id} sleeps`;
  }

  // A goroutine that finished a wait moves past the segment it waited in.
  private advancePc(g: G): void {
    g.wakeAt = Infinity;
    g.left = 0;
  }

  // --- sysmon: retaking Ps from system calls, preempting, polling

  private sysmon(): string | null {
    for (const p of this.ps) {
      if (p.status === "syscall" && this.now >= this.retakeAt(p)) return this.handoff(p);
    }
    for (const p of this.ps) {
      if (p.status !== "running" || p.g === null) continue;
      const g = this.g(p.g);
      if (this.now - g.since >= forcePreempt) {
        g.status = "runnable";
        p.g = null;
        this.m(p).g = null;
        this.global.push(g.id);
        return `sysmon: G${g.id} has run for 10ms, so it is preempted and goes to the global queue`;
      }
    }
    const ready = this.gs.filter((g) => g.status === "netpoll" && g.ready);
    if (ready.length > 0 && this.now - this.lastPoll >= netpollForce) {
      this.lastPoll = this.now;
      for (const g of ready) this.injectFromPoll(g);
      return `sysmon: nobody has polled the network for 10ms; it does, and ${names(ready)} ${ready.length === 1 ? "goes" : "go"} to the global queue`;
    }
    return null;
  }

  /** When sysmon takes P p away from the M in a system call (Go's retake). */
  retakeAt(p: P): number {
    const hasWork = p.runq.length > 0 || p.runnext !== null;
    const helpers =
      this.ps.some((x) => x.status === "idle") || this.ms.some((m) => m.status === "spinning");
    // Go leaves the P alone while the call is short and others can pick up new work.
    return hasWork || !helpers ? p.syscallSince + sysmonSyscall : p.syscallSince + forcePreempt;
  }

  private handoff(p: P): string {
    const old = this.ms[p.m!]!;
    old.p = null; // it keeps its G, in the kernel
    const g = p.g;
    p.g = null;
    const why = `G${g} has been in a system call for ${formatTime(this.now - p.syscallSince)}`;
    if (p.runq.length > 0 || p.runnext !== null || this.global.length > 0) {
      const m = this.startM(p, "running");
      return `sysmon: ${why} and there is work: P${p.id} is handed off to M${m.id}`;
    }
    p.status = "idle";
    p.m = null;
    return `sysmon: ${why}: P${p.id} is taken from M${old.id} and left idle`;
  }

  private injectFromPoll(g: G): void {
    g.status = "runnable";
    g.ready = false;
    g.wakeAt = Infinity;
    g.left = 0;
    this.global.push(g.id);
  }

  // --- waking idle Ps

  // Go's wakep: work is waiting, a P is idle and no M is spinning: start one.
  private wakep(): string | null {
    if (this.ms.some((m) => m.status === "spinning")) return null;
    const idle = this.ps.find((p) => p.status === "idle");
    if (idle === undefined) return null;
    const waiting = this.global.length > 0 || this.ps.some((p) => p.runq.length > 0);
    if (!waiting) return null;
    const fresh = !this.ms.some((m) => m.status === "idle");
    const m = this.startM(idle, "spinning");
    const who = fresh ? `a new thread, M${m.id}, is started` : `M${m.id} wakes up`;
    return `work is waiting and P${idle.id} is idle: ${who}, takes P${idle.id} and spins, looking for work`;
  }

  // An idle M, or a new one, takes p.
  private startM(p: P, status: MStatus): M {
    const m = this.ms.find((x) => x.status === "idle") ?? this.newM();
    m.status = status;
    m.p = p.id;
    m.g = null;
    p.m = m.id;
    p.status = "running";
    return m;
  }

  // --- findRunnable, for each P that has an M and nothing to run

  private schedule(): string | null {
    for (const p of this.ps) {
      if (p.status === "running" && p.g === null && p.m !== null) return this.findRunnable(p);
    }
    return null;
  }

  /** Go's findRunnable for p, in Go's order; runs what it finds. */
  findRunnable(p: P): string {
    const P = `P${p.id}`;
    // Every 61st schedule, the global queue first, so it is never starved.
    if (p.schedtick % globalFairness === 0 && this.global.length > 0) {
      const g = this.global.shift()!;
      const when =
        p.schedtick === 0
          ? `${P} schedules for the first time (tick 0, a multiple of 61)`
          : `${P}'s schedule tick is ${p.schedtick}, a multiple of 61`;
      return this.run(
        p,
        g,
        `${when}: it takes G${g} from the global queue before looking at its own, so the global queue is never starved`,
      );
    }
    if (p.runnext !== null) {
      const g = p.runnext;
      p.runnext = null;
      return this.run(p, g, `${P} runs G${g} from its runnext slot`);
    }
    if (p.runq.length > 0) {
      const g = p.runq.shift()!;
      return this.run(p, g, `${P} runs G${g}, the head of its local queue`);
    }
    if (this.global.length > 0) {
      const n = Math.min(
        this.global.length,
        Math.floor(this.global.length / this.gomaxprocs) + 1,
        runqSize / 2,
      );
      const batch = this.global.splice(0, n);
      const g = batch.shift()!;
      p.runq.push(...batch);
      const rest =
        batch.length === 0
          ? ""
          : ` and puts ${names(batch.map((id) => this.g(id)))} in its local queue`;
      return this.run(
        p,
        g,
        n === 1
          ? `${P}'s own queue is empty: it takes G${g} from the global queue and runs it`
          : `${P}'s own queue is empty: it takes ${n} goroutines from the global queue, runs G${g}${rest}`,
      );
    }
    const ready = this.gs.filter((g) => g.status === "netpoll" && g.ready);
    if (ready.length > 0) {
      this.lastPoll = this.now;
      const [first, ...rest] = ready;
      for (const g of ready) this.injectFromPoll(g);
      this.global = this.global.filter((id) => id !== first!.id);
      const more = rest.length === 0 ? "" : `; ${names(rest)} go to the global queue`;
      return this.run(
        p,
        first!.id,
        `${P} finds no queued work and polls the network: G${first!.id} is ready, so it runs${more}`,
      );
    }
    const stolen = this.steal(p);
    if (stolen !== null) return stolen;
    // Nothing anywhere: the M stops spinning and sleeps; the P goes idle.
    const m = this.m(p);
    const was = m.status === "spinning" ? "stops spinning" : "finds nothing to run";
    m.status = "idle";
    m.p = null;
    p.m = null;
    p.status = "idle";
    return `M${m.id} ${was}: there is no work anywhere, so it sleeps and ${P} goes idle`;
  }

  // Up to four rounds over the other Ps in a random order; takes half of the first non-empty queue.
  private steal(p: P): string | null {
    const others = this.ps.filter((x) => x !== p);
    for (let round = 0; round < stealTries; round++) {
      const order = this.shuffled(others);
      for (const victim of order) {
        const n = victim.runq.length;
        if (n > 0) {
          const take = n - Math.floor(n / 2);
          const batch = victim.runq.splice(0, take);
          const g = batch.pop()!;
          p.runq.push(...batch);
          return this.run(
            p,
            g,
            n === 1
              ? `P${p.id}'s queues are empty: it steals G${g}, the only goroutine in P${victim.id}'s queue, and runs it`
              : `P${p.id}'s queues are empty: it steals ${take} of the ${n} goroutines in P${victim.id}'s queue (half) and runs G${g}, the last it took`,
          );
        }
        // In the last round, a victim's runnext may be taken too.
        if (round === stealTries - 1 && victim.runnext !== null) {
          const g = victim.runnext;
          victim.runnext = null;
          return this.run(
            p,
            g,
            `P${p.id} finds every queue empty, and in its last round steals G${g} from P${victim.id}'s runnext`,
          );
        }
      }
    }
    return null;
  }

  private shuffled<T>(xs: T[]): T[] {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.rand.intn(i + 1);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }

  private run(p: P, gid: number, text: string): string {
    const m = this.m(p);
    m.status = "running";
    this.execute(p, this.g(gid));
    return text;
  }

  // Go's execute: g runs on p (and p's M); the P's schedule tick counts it.
  private execute(p: P, g: G): void {
    g.status = "running";
    g.since = this.now;
    p.g = g.id;
    p.schedtick++;
    this.m(p).g = g.id;
  }

  private finish(): string | null {
    if (!this.done || this.finishedAt !== null) return null;
    this.finishedAt = this.now;
    return `every goroutine has finished, at ${formatTime(this.now)}`;
  }

  // --- time

  /** The next time something is due, or null if nothing ever will be. */
  nextTime(): number | null {
    let next = Infinity;
    for (const p of this.ps) {
      if (p.status === "running" && p.g !== null) {
        const g = this.g(p.g);
        next = Math.min(next, this.now + g.left, g.since + forcePreempt);
      }
      if (p.status === "syscall") next = Math.min(next, this.retakeAt(p));
    }
    for (const g of this.gs) {
      if (
        g.status === "waiting" ||
        g.status === "syscall" ||
        (g.status === "netpoll" && !g.ready)
      ) {
        next = Math.min(next, g.wakeAt);
      }
      if (g.status === "netpoll" && g.ready) next = Math.min(next, this.lastPoll + netpollForce);
    }
    return next === Infinity ? null : Math.max(next, this.now);
  }

  private advance(to: number): void {
    const dt = to - this.now;
    for (const p of this.ps) {
      if (p.status === "running" && p.g !== null) {
        const g = this.g(p.g);
        g.left = Math.max(0, g.left - dt);
      }
    }
    this.now = to;
  }

  // --- what the learner can do

  /** A `go` statement in the goroutine running on the first busy P (or from outside, into the global queue). */
  addGoroutine(work = 2000): Event {
    const p = this.ps.find((x) => x.status === "running" && x.g !== null);
    if (p === undefined) {
      const g = this.newG([{ kind: "run", us: work }]);
      this.global.push(g.id);
      this.finishedAt = null;
      return this.note(
        `a new goroutine, G${g.id}, goes to the global queue: no goroutine is running to start it`,
      );
    }
    this.finishedAt = null;
    return this.note(this.goStatement(p, work));
  }

  /** Makes the goroutine running on the first busy P block on a channel for `us`. */
  block(us = 3000): Event | null {
    const p = this.ps.find((x) => x.status === "running" && x.g !== null);
    if (p === undefined) return null;
    const g = this.g(p.g!);
    this.insertSegment(g, { kind: "chan", us });
    return this.note(
      this.park(
        p,
        g,
        "waiting",
        us,
        `G${g.id} blocks on a channel; it leaves P${p.id}, which looks for other work`,
      ),
    );
  }

  /** Makes the goroutine running on the first busy P enter a system call of `us`. */
  syscall(us = 5000): Event | null {
    const p = this.ps.find((x) => x.status === "running" && x.g !== null);
    if (p === undefined) return null;
    const g = this.g(p.g!);
    this.insertSegment(g, { kind: "syscall", us });
    return this.note(this.enterSyscall(p, g, us));
  }

  // Splits g's current run segment: the wait happens now, the rest of the work after it.
  private insertSegment(g: G, wait: Segment): void {
    const rest: Segment[] = g.left > 0 ? [{ kind: "run", us: g.left }] : [];
    g.script.splice(g.pc + 1, 0, wait, ...rest);
    g.pc++;
    g.left = 0;
  }

  /** runtime.GOMAXPROCS(n): stops the world and resizes the set of Ps (Go's procresize). */
  setGomaxprocs(n: number): Event {
    const old = this.ps.length;
    if (n === old) return this.note(`GOMAXPROCS is already ${n}`);
    if (n > old) {
      for (let i = old; i < n; i++) this.ps.push(newP(i));
      return this.note(
        `GOMAXPROCS(${n}): the world stops for a moment and P${old}${n - old > 1 ? `–P${n - 1}` : ""} ${n - old > 1 ? "are" : "is"} added, idle`,
      );
    }
    const removed = this.ps.slice(n);
    const moved: number[] = [];
    for (const p of removed) {
      if (p.status === "running" && p.g !== null) {
        const g = this.g(p.g);
        g.status = "runnable";
        moved.push(g.id);
      }
      if (p.runnext !== null) moved.push(p.runnext);
      moved.push(...p.runq);
      if (p.m !== null) {
        const m = this.ms[p.m]!;
        m.p = null;
        if (m.status !== "syscall") {
          m.status = "idle";
          m.g = null;
        }
      }
    }
    this.ps = this.ps.slice(0, n);
    this.global.push(...moved);
    const what =
      moved.length === 0
        ? ""
        : `; their ${moved.length} goroutine${moved.length === 1 ? "" : "s"} go to the global queue`;
    return this.note(
      `GOMAXPROCS(${n}): the world stops, and P${n}${old - n > 1 ? `–P${old - 1}` : ""} ${old - n > 1 ? "are" : "is"} destroyed${what}`,
    );
  }

  // --- bookkeeping

  private newG(script: Segment[]): G {
    const g: G = {
      id: this.gs.length + 1,
      status: "runnable",
      // One go statement a segment, so that each is a step of its own.
      script: script.flatMap((s): Segment[] =>
        s.kind === "go" ? Array.from({ length: s.count }, () => ({ ...s, count: 1 })) : [{ ...s }],
      ),
      // Before its first segment: the first step that sees it running enters it.
      pc: -1,
      left: 0,
      since: 0,
      wakeAt: Infinity,
      ready: false,
    };
    this.gs.push(g);
    return g;
  }

  private newM(): M {
    const m: M = { id: this.ms.length, status: "idle", p: null, g: null };
    this.ms.push(m);
    return m;
  }

  private m(p: P): M {
    return this.ms[p.m!]!;
  }

  private note(text: string): Event {
    const e = { at: this.now, text };
    this.log.push(e);
    return e;
  }
}

function newP(id: number): P {
  return {
    id,
    status: "idle",
    runnext: null,
    runq: [],
    m: null,
    g: null,
    schedtick: 0,
    syscallSince: 0,
  };
}

function names(gs: G[]): string {
  const ids = gs.map((g) => `G${g.id}`);
  return ids.length <= 1 ? ids.join("") : `${ids.slice(0, -1).join(", ")} and ${ids.at(-1)}`;
}
