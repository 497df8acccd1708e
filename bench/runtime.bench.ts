// `npm run bench`: our runtime against the fastest JavaScript channel
// libraries, on the same programs, in one run; prints a table with ratios
// (ours / peer: below 1 means we are faster). Run with --expose-gc.
import { measure } from "mitata";
import { csp } from "./workloads/csp.ts";
import { medium } from "./workloads/medium.ts";
import { ours } from "./workloads/ours.ts";
import type { HeapProbe, Workloads } from "./workloads/workload.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined)
  throw new Error("run with node --expose-gc (npm run bench does)");

const libraries: [string, Workloads][] = [
  ["ours", ours],
  ["medium", medium],
  ["@thi.ng/csp", csp],
];

/** A row measures per-operation time with mitata, or one whole program's time and heap. */
type Row =
  | {
      name: string;
      unit: string;
      ops: number;
      timed: (w: Workloads) => (() => Promise<void>) | undefined;
    }
  | {
      name: string;
      single: (w: Workloads, heap: HeapProbe) => Promise<number> | undefined;
    };

const rows: Row[] = [
  {
    name: "unbuffered ping-pong",
    unit: "ns/round trip",
    ops: 20_000,
    timed: (w) => () => w.pingPong(20_000),
  },
  {
    name: "buffered cap-128 producer/consumer",
    unit: "ns/value",
    ops: 100_000,
    timed: (w) => () => w.buffered(100_000),
  },
  {
    name: "4-producer select fan-in",
    unit: "ns/value",
    ops: 40_000,
    timed: (w) => () => w.fanIn(40_000),
  },
  {
    name: "mutex contention, 100 goroutines × 1000",
    unit: "ns/lock",
    ops: 100_000,
    timed: (w) => (w.mutex ? () => w.mutex!(100, 1000) : undefined),
  },
  {
    name: "Once + WaitGroup, 10,000 goroutines",
    unit: "ns/goroutine",
    ops: 10_000,
    timed: (w) =>
      w.onceWaitGroup ? () => w.onceWaitGroup!(10_000) : undefined,
  },
  {
    name: "100,000 blocked on one channel, released by close",
    single: (w, heap) => w.blockedRelease?.(100_000, heap),
  },
  {
    name: "1,048,576 goroutines, pool + WaitGroup",
    single: (w, heap) => w.pool(1_048_576, heap),
  },
];

type Cell = { value: number; text: string } | null;

async function timedCell(
  run: (() => Promise<void>) | undefined,
  ops: number,
): Promise<Cell> {
  if (run === undefined) return null;
  const stats = await measure(run, {
    min_samples: 5,
    max_samples: 50,
    min_cpu_time: 400e6,
  });
  const ns = stats.avg / ops;
  return { value: ns, text: `${ns.toFixed(0)} ns` };
}

// The best of three runs: time from start to end, and the heap the program
// holds at its fullest moment (measured by the program itself, after a GC).
async function singleCell(
  run: (heap: HeapProbe) => Promise<number> | undefined,
): Promise<Cell> {
  let best: { ms: number; mb: number } | null = null;
  for (let i = 0; i < 3; i++) {
    gc!();
    const base = process.memoryUsage().heapUsed;
    const heap: HeapProbe = () => {
      gc!();
      return process.memoryUsage().heapUsed - base;
    };
    const t0 = performance.now();
    const pending = run(heap);
    if (pending === undefined) return null;
    const bytes = await pending;
    const ms = performance.now() - t0;
    if (best === null || ms < best.ms) best = { ms, mb: bytes / 2 ** 20 };
  }
  return {
    value: best!.ms,
    text: `${best!.ms.toFixed(0)} ms, ${best!.mb.toFixed(0)} MB`,
  };
}

const table: string[][] = [
  [
    "benchmark",
    ...libraries.map(([name]) => name),
    ...libraries.slice(1).map(([name]) => `ours/${name}`),
  ],
];
for (const row of rows) {
  const cells: Cell[] = [];
  for (const [, w] of libraries) {
    cells.push(
      "timed" in row
        ? await timedCell(row.timed(w), row.ops)
        : await singleCell((heap) => row.single(w, heap)),
    );
  }
  const label =
    "timed" in row
      ? `${row.name} (${row.unit.replace(/^ns\//, "per ")})`
      : `${row.name} (time, heap)`;
  const ratios = cells
    .slice(1)
    .map((c) =>
      c === null || cells[0] === null
        ? "n/a"
        : (cells[0].value / c.value).toFixed(2),
    );
  table.push([label, ...cells.map((c) => c?.text ?? "n/a"), ...ratios]);
  console.error(`done: ${row.name}`);
}

const widths = table[0]!.map((_, i) =>
  Math.max(...table.map((r) => r[i]!.length)),
);
const line = (r: string[]) =>
  `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(table[0]!));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of table.slice(1)) console.log(line(r));
console.log(
  `\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}. Ratios below 1.00: ours is faster.`,
);
