import { describe, expect, it } from "vitest";
import { type Scenario, type Segment, Sim, formatTime, runqSize } from "./model.ts";
import { scenarios } from "./scenarios.ts";

const ms = 1000;
const run = (us: number): Segment => ({ kind: "run", us });

/** Steps until `until` holds (or the run ends); returns the texts of the events. */
function stepUntil(sim: Sim, until: (sim: Sim) => boolean = () => false): string[] {
  const texts: string[] = [];
  for (let i = 0; i < 1000 && !until(sim); i++) {
    const e = sim.step();
    if (e === null) break;
    texts.push(e.text);
  }
  return texts;
}

/** The order in which goroutines were first put on a P. */
function runOrder(sim: Sim): number[] {
  const order: number[] = [];
  for (const e of sim.log) {
    const m = /runs G(\d+)|steals G(\d+)|and runs G(\d+)|takes G(\d+) from the global/.exec(e.text);
    const id = m && Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (id && !order.includes(id)) order.push(id);
  }
  return order;
}

// A sim with main running on P0 and nothing else: tests then arrange the queues by hand.
function bare(gomaxprocs: number, extra: Partial<Scenario> = {}): Sim {
  return new Sim({ gomaxprocs, main: [run(100 * ms)], ...extra });
}

describe("the scheduler model", () => {
  it("puts a new goroutine in runnext and moves the old one to the tail of the local queue", () => {
    const sim = new Sim({ gomaxprocs: 1, main: [{ kind: "go", count: 3, work: ms }, run(ms)] });
    const texts = stepUntil(sim, (s) => s.gs.length === 4);
    expect(texts.at(-1)).toBe(
      "G1 starts G4: it takes P0's runnext slot, and G3 moves to the tail of P0's local queue",
    );
    expect(sim.ps[0]!.runnext).toBe(4);
    expect(sim.ps[0]!.runq).toEqual([2, 3]);
  });

  it("with one P runs runnext first, then the local queue in FIFO order", () => {
    const sim = new Sim(scenarios["run-queues"], 1);
    stepUntil(sim);
    expect(runOrder(sim)).toEqual([5, 2, 3, 4, 1]);
  });

  it("moves half of a full local queue, and the new goroutine, to the global queue", () => {
    const sim = bare(1);
    const p = sim.ps[0]!;
    p.runq = Array.from({ length: runqSize }, (_, i) => 1000 + i);
    const where = sim.runqput(p, 7);
    expect(where).toContain("half of it moved there");
    expect(p.runq).toHaveLength(runqSize / 2);
    expect(sim.global).toHaveLength(runqSize / 2 + 1);
    expect(sim.global.at(-1)).toBe(7);
    expect(sim.global[0]).toBe(1000); // the oldest half goes
  });

  it("takes from the global queue first when the schedule tick is a multiple of 61", () => {
    const sim = new Sim({ gomaxprocs: 1, main: [run(ms)], queued: [[run(ms)], [run(ms)]] });
    const p = sim.ps[0]!;
    // Main is done; G2 waits in runnext, G3 in the global queue.
    p.g = null;
    sim.gs[0]!.status = "dead";
    p.runnext = 2;
    p.runq = [];
    sim.global = [3];
    p.schedtick = 61;
    expect(sim.findRunnable(p)).toContain("a multiple of 61: it takes G3 from the global queue");
    expect(p.g).toBe(3);
  });

  it("takes runnext before the global queue on other ticks", () => {
    const sim = new Sim({ gomaxprocs: 1, main: [run(ms)], queued: [[run(ms)], [run(ms)]] });
    const p = sim.ps[0]!;
    p.g = null;
    sim.gs[0]!.status = "dead";
    p.runnext = 2;
    p.runq = [];
    sim.global = [3];
    p.schedtick = 60;
    expect(sim.findRunnable(p)).toBe("P0 runs G2 from its runnext slot");
  });

  it("with empty local queues takes a batch from the global queue: len/GOMAXPROCS + 1", () => {
    const sim = new Sim({
      gomaxprocs: 2,
      main: [run(ms)],
      queued: Array.from({ length: 6 }, () => [run(ms)]),
    });
    const p = sim.ps[0]!;
    p.g = null;
    sim.gs[0]!.status = "dead";
    sim.global = p.runq.splice(0);
    p.schedtick = 1;
    const text = sim.findRunnable(p);
    // 6 / 2 + 1 = 4: one runs, three go to the local queue.
    expect(text).toBe(
      "P0's own queue is empty: it takes 4 goroutines from the global queue, runs G2 and puts G3, G4 and G5 in its local queue",
    );
    expect(sim.global).toEqual([6, 7]);
  });

  it("lets a P with an empty queue steal half of another P's queue, and run the last it took", () => {
    const sim = bare(2, { queued: Array.from({ length: 5 }, () => [run(ms)]) });
    const [p0, p1] = sim.ps;
    expect(p0!.runq).toEqual([2, 3, 4, 5, 6]);
    const texts = stepUntil(sim, () => p1!.g !== null);
    expect(texts).toEqual([
      "work is waiting and P1 is idle: a new thread, M1, is started, takes P1 and spins, looking for work",
      "P1's queues are empty: it steals 3 of the 5 goroutines in P0's queue (half) and runs G4, the last it took",
    ]);
    expect(p0!.runq).toEqual([5, 6]);
    expect(p1!.runq).toEqual([2, 3]);
    expect(sim.ms[1]!.status).toBe("running");
  });

  it("steals a victim's runnext only when every queue is empty", () => {
    const sim = bare(2);
    const [p0, p1] = sim.ps;
    sim.addGoroutine(ms); // G2 in P0's runnext, nothing in any queue
    expect(p0!.runnext).toBe(2);
    p1!.m = 1;
    p1!.status = "running";
    sim.ms.push({ id: 1, status: "spinning", p: 1, g: null });
    expect(sim.findRunnable(p1!)).toBe(
      "P1 finds every queue empty, and in its last round steals G2 from P0's runnext",
    );
  });

  it("wakes the M waiting in the poller when a connection is ready and every P is idle", () => {
    const sim = new Sim({ gomaxprocs: 1, main: [{ kind: "net", us: 2 * ms }, run(ms)] });
    const texts = stepUntil(sim, (s) => s.finishedAt !== null);
    expect(texts).toContain(
      "G1 waits for the network: the poller watches its connection, and it holds neither P0 nor an M",
    );
    expect(texts).toContain(
      "G1's connection is ready: M0, which was waiting in the poller since every P went idle, takes P0 and runs it",
    );
    expect(sim.finishedAt).toBe(3 * ms);
  });

  it("polls the network in findRunnable after runnext, the local and the global queue", () => {
    const sim = new Sim({
      gomaxprocs: 2,
      main: [{ kind: "go", count: 1, work: 5 * ms }, { kind: "net", us: 2 * ms }, run(ms)],
    });
    const texts = stepUntil(sim, (s) => s.finishedAt !== null);
    expect(texts).toContain(
      "G1's connection is ready; the poller will hand it back the next time someone asks",
    );
    expect(texts).toContain(
      "P0 finds no queued work and polls the network: G1 is ready, so it runs",
    );
    expect(sim.finishedAt).toBe(6 * ms);
  });

  it("hands off a P stuck in a system call after 20µs when the P has work", () => {
    const sim = new Sim({
      gomaxprocs: 1,
      main: [
        { kind: "go", count: 1, work: ms },
        { kind: "syscall", us: 5 * ms },
      ],
    });
    const texts = stepUntil(sim, (s) => s.ps[0]!.m !== 0);
    expect(texts.at(-1)).toBe(
      "sysmon: G1 has been in a system call for 20µs and there is work: P0 is handed off to M1",
    );
    expect(sim.now).toBe(20);
    expect(sim.ms[0]).toMatchObject({ status: "syscall", p: null, g: 1 });
  });

  it("leaves a P with a short system call alone while idle Ps can take new work", () => {
    const sim = new Sim({ gomaxprocs: 2, main: [{ kind: "syscall", us: 5 * ms }, run(ms)] });
    const texts = stepUntil(sim, (s) => s.finishedAt !== null);
    expect(texts).toContain("G1's system call returns; M0 still has P0, so G1 runs on");
    expect(texts.join("\n")).not.toContain("handed off");
  });

  it("puts a goroutine whose system call returns with no P free on the global queue", () => {
    const sim = new Sim({
      gomaxprocs: 1,
      main: [{ kind: "go", count: 1, work: 10 * ms }, { kind: "syscall", us: 2 * ms }, run(ms)],
    });
    const texts = stepUntil(sim, (s) => s.finishedAt !== null);
    expect(texts).toContain(
      "G1's system call returns, but its P was handed off and no P is idle: G1 goes to the global queue and M0 sleeps",
    );
  });

  it("preempts a goroutine that has run for 10ms, onto the global queue", () => {
    const sim = new Sim(scenarios.preemption, 1);
    const texts = stepUntil(sim, (s) => s.global.length > 0);
    expect(texts.at(-1)).toBe(
      "sysmon: G2 has run for 10ms, so it is preempted and goes to the global queue",
    );
    expect(sim.now).toBe(13 * ms);
  });

  it("moves the goroutines of destroyed Ps to the global queue when GOMAXPROCS shrinks", () => {
    const sim = new Sim(scenarios.stealing, 1);
    stepUntil(sim, (s) => s.ps.every((p) => p.g !== null));
    const onP3 = [sim.ps[3]!.g!, ...sim.ps[3]!.runq];
    const e = sim.setGomaxprocs(3);
    expect(e.text).toMatch(/^GOMAXPROCS\(3\): the world stops, and P3 is destroyed/);
    expect(sim.ps).toHaveLength(3);
    for (const id of onP3) expect(sim.global).toContain(id);
    expect(sim.setGomaxprocs(5).text).toBe(
      "GOMAXPROCS(5): the world stops for a moment and P3–P4 are added, idle",
    );
    stepUntil(sim);
    expect(sim.finishedAt).not.toBeNull();
    expect(sim.gs.every((g) => g.status === "dead")).toBe(true);
  });

  it("finishes the same work four times sooner on four Ps", () => {
    const one = new Sim(scenarios.gomaxprocs, 1);
    stepUntil(one);
    const four = new Sim({ ...scenarios.gomaxprocs, gomaxprocs: 4 }, 1);
    stepUntil(four);
    expect(formatTime(one.finishedAt!)).toBe("80ms");
    expect(formatTime(four.finishedAt!)).toBe("20ms");
  });

  it("is deterministic per seed", () => {
    const log = (seed: number) => {
      const sim = new Sim(scenarios.stealing, seed);
      stepUntil(sim);
      return sim.log.map((e) => `${e.at} ${e.text}`);
    };
    expect(log(3)).toEqual(log(3));
    const logs = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => log(s).join("\n")));
    expect(logs.size).toBeGreaterThan(1); // victims are chosen at random
  });

  it("runs every scenario to the end, with and without the learner's actions", () => {
    for (const scenario of Object.values(scenarios)) {
      for (const procs of [1, 2, 8]) {
        const sim = new Sim({ ...scenario, gomaxprocs: procs }, 7);
        sim.step();
        sim.addGoroutine();
        sim.step();
        sim.block();
        sim.step();
        sim.syscall();
        stepUntil(sim);
        expect(sim.finishedAt, `${scenario.title} on ${procs} Ps`).not.toBeNull();
      }
    }
  });
});
