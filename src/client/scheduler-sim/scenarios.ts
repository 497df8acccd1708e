import type { Scenario, Segment } from "./model.ts";

const ms = 1000;
const run = (us: number): Segment => ({ kind: "run", us });
const go = (count: number, work: number): Segment => ({ kind: "go", count, work });

/** A scenario for each lesson of the scheduler chapter that embeds the simulator. */
export const scenarios = {
  /** 8.2: main starts work on two Ps; an idle P gets an M when work appears. */
  gmp: {
    title: "G, M and P",
    gomaxprocs: 2,
    main: [run(1 * ms), go(3, 3 * ms), run(4 * ms)],
  },
  /** 8.3: one P: runnext, then the local queue in FIFO order. */
  "run-queues": {
    title: "One P: runnext and the local queue",
    gomaxprocs: 1,
    main: [run(1 * ms), go(4, 2 * ms), { kind: "chan", us: 20 * ms }, run(1 * ms)],
  },
  /** 8.4: one goroutine fills its P's queue; idle Ps steal half. */
  stealing: {
    title: "Work stealing",
    gomaxprocs: 4,
    main: [run(1 * ms), go(8, 5 * ms), run(12 * ms)],
  },
  /** 8.5: a system call hands the P off; a network wait holds no thread. */
  syscall: {
    title: "A system call hands its P off",
    gomaxprocs: 2,
    main: [run(1 * ms), go(3, 2 * ms), { kind: "syscall", us: 6 * ms }, run(1 * ms)],
    queued: [[run(1 * ms), { kind: "net", us: 3 * ms }, run(1 * ms)]],
  },
  /** 8.6: a busy goroutine is preempted after 10 ms. */
  preemption: {
    title: "Preempting a busy loop",
    gomaxprocs: 1,
    main: [go(1, 30 * ms), go(2, 2 * ms), run(1 * ms)],
  },
  /** 8.7: eight goroutines of 10 ms of work each, on 1 or more Ps. */
  gomaxprocs: {
    title: "The same work on 1 or 4 Ps",
    gomaxprocs: 1,
    main: [go(8, 10 * ms)],
  },
} satisfies Record<string, Scenario & { title: string }>;

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name);
}
