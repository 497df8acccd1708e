// `npm run bench`: our runtime against the fastest JavaScript channel
// libraries, on the same programs, in one run; prints a table with ratios
// (ours / peer: below 1 means we are faster). Run with --expose-gc.
//
// Every row runs each library once per repetition, the libraries
// interleaved (A B C A B C …), so that a slow moment of a shared machine
// falls on all of them alike; a cell is the median of the repetitions with
// their minimum and maximum, and a ratio compares medians.
import { csp } from "./workloads/csp.ts";
import { medium } from "./workloads/medium.ts";
import { ours } from "./workloads/ours.ts";
import type { HeapProbe, Workloads } from "./workloads/workload.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined)
  throw new Error("run with node --expose-gc (npm run bench does)");

/** Repetitions per cell (at least 7), after one warm-up run. */
const repetitions = Math.max(7, Number(process.env.BENCH_REPS ?? 7));

const libraries: [string, Workloads][] = [
  ["ours", ours],
  ["medium", medium],
  ["@thi.ng/csp", csp],
];

/**
 * A row runs one program per library: `ops` operations timed per
 * operation, or a whole program timed with its peak heap.
 */
type Row =
  | {
      name: string;
      unit: string;
      ops: number;
      program: (w: Workloads) => (() => Promise<void>) | undefined;
    }
  | {
      name: string;
      whole: (w: Workloads, heap: HeapProbe) => Promise<number> | undefined;
    };

const roundTrips = 200_000;
const rows: Row[] = [
  {
    name: "unbuffered ping-pong, trace off",
    unit: "round trip",
    ops: roundTrips,
    program: (w) => () => w.pingPong(roundTrips),
  },
  {
    name: "unbuffered ping-pong, run()'s defaults (trace on)",
    unit: "round trip",
    ops: roundTrips,
    program: (w) => () => (w.pingPongTraced ?? w.pingPong)(roundTrips),
  },
  {
    name: "buffered cap-128 producer/consumer",
    unit: "value",
    ops: 200_000,
    program: (w) => () => w.buffered(200_000),
  },
  {
    name: "4-producer select fan-in",
    unit: "value",
    ops: 100_000,
    program: (w) => () => w.fanIn(100_000),
  },
  {
    name: "mutex contention, 100 goroutines × 1000",
    unit: "lock",
    ops: 100_000,
    program: (w) => (w.mutex ? () => w.mutex!(100, 1000) : undefined),
  },
  {
    name: "Once + WaitGroup, 10,000 goroutines",
    unit: "goroutine",
    ops: 10_000,
    program: (w) =>
      w.onceWaitGroup ? () => w.onceWaitGroup!(10_000) : undefined,
  },
  {
    name: "100,000 blocked on one channel, released by close",
    whole: (w, heap) => w.blockedRelease?.(100_000, heap),
  },
  {
    name: "1,048,576 goroutines, pool + WaitGroup",
    whole: (w, heap) => w.pool(1_048_576, heap),
  },
];

/** One run of a row's program: nanoseconds per operation, or milliseconds and heap bytes. */
type Sample = { value: number; heap?: number };

async function sample(row: Row, w: Workloads): Promise<Sample | null> {
  gc!();
  if ("program" in row) {
    const program = row.program(w);
    if (program === undefined) return null;
    const t0 = performance.now();
    await program();
    return { value: ((performance.now() - t0) * 1e6) / row.ops };
  }
  // The heap probe collects garbage: its own time is taken out of the figure.
  let probing = 0;
  const base = process.memoryUsage().heapUsed;
  const heap: HeapProbe = () => {
    const p0 = performance.now();
    gc!();
    const bytes = process.memoryUsage().heapUsed - base;
    probing += performance.now() - p0;
    return bytes;
  };
  const t0 = performance.now();
  const pending = row.whole(w, heap);
  if (pending === undefined) return null;
  const bytes = await pending;
  return { value: performance.now() - t0 - probing, heap: bytes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

type Cell = { median: number; text: string } | null;

function cell(row: Row, samples: Sample[]): Cell {
  if (samples.length === 0) return null;
  const values = samples.map((s) => s.value);
  const med = median(values);
  const range = `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  if ("program" in row)
    return { median: med, text: `${med.toFixed(0)} ns (${range})` };
  const mb = median(samples.map((s) => s.heap ?? 0)) / 2 ** 20;
  return {
    median: med,
    text: `${med.toFixed(0)} ms (${range}), ${mb.toFixed(0)} MB`,
  };
}

const table: string[][] = [
  [
    "benchmark: median (min–max)",
    ...libraries.map(([name]) => name),
    ...libraries.slice(1).map(([name]) => `ours/${name}`),
  ],
];
for (const row of rows) {
  const samples: Sample[][] = libraries.map(() => []);
  const missing = new Set<number>();
  for (let rep = 0; rep <= repetitions; rep++) {
    for (const [i, [, w]] of libraries.entries()) {
      if (missing.has(i)) continue;
      const s = await sample(row, w);
      if (s === null) missing.add(i);
      else if (rep > 0) samples[i]!.push(s); // repetition 0 warms up
    }
  }
  const cells = samples.map((s) => cell(row, s));
  const label =
    "program" in row
      ? `${row.name} (per ${row.unit})`
      : `${row.name} (time, heap)`;
  const ratios = cells
    .slice(1)
    .map((c) =>
      c === null || cells[0] === null
        ? "n/a"
        : (cells[0].median / c.median).toFixed(2),
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
  `\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${repetitions} interleaved repetitions a cell. Ratios below 1.00: ours is faster.`,
);
