// `npm run bench:race`: what the race detector costs. Every lesson example
// runs compiled as usual with the detector off, and compiled for the
// detector with it on (what the playground's Race checkbox does); the table
// gives the median time of each and the ratio. Left out: examples with more
// than 8,128 goroutines alive at once, which Go's detector refuses, and those
// that take over a second even without it (a million
// goroutines: under the detector they outlast the playground's watchdog).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "go/run";
import { compileProgram } from "../src/client/playground/node-compile.ts";

const lessonsDir = fileURLToPath(
  new URL("../content/lessons/", import.meta.url),
);
const repetitions = Math.max(3, Number(process.env.BENCH_REPS ?? 5));
const goLimit = 8128;
const slowMs = 1000;

const examples = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(path.join(lessonsDir, d.name))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => path.join(d.name, f)),
  )
  .sort();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

type Main = () => unknown;

async function time(
  main: Main,
  race: boolean,
): Promise<{ ms: number; peak: number }> {
  const t0 = performance.now();
  const r = await run(main, {
    seed: 1,
    race,
    trace: false,
    onOutput: () => {},
  });
  return { ms: performance.now() - t0, peak: r.peakGoroutines };
}

const rows: string[][] = [["example", "off (ms)", "race on (ms)", "on/off"]];
const ratios: number[] = [];
for (const file of examples) {
  const source = readFileSync(path.join(lessonsDir, file), "utf8");
  const name = path.basename(file);
  const plain = await compileProgram<{ main: Main }>(source, name);
  const first = await time(plain.module.main, false);
  if (first.peak > goLimit || first.ms > slowMs) {
    const why =
      first.peak > goLimit ? `${first.peak} goroutines alive` : "too long";
    rows.push([file, first.ms.toFixed(1), `n/a: ${why}`, "n/a"]);
    continue;
  }
  const raced = await compileProgram<{ main: Main }>(source, name, {
    race: true,
  });
  await time(raced.module.main, true); // warm-up
  const off: number[] = [];
  const on: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    off.push((await time(plain.module.main, false)).ms);
    on.push((await time(raced.module.main, true)).ms);
  }
  const ratio = median(on) / median(off);
  ratios.push(ratio);
  rows.push([
    file,
    median(off).toFixed(2),
    median(on).toFixed(2),
    ratio.toFixed(2),
  ]);
}

const widths = rows[0]!.map((_, i) =>
  Math.max(...rows.map((r) => r[i]!.length)),
);
const line = (r: string[]) =>
  `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(rows[0]!));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows.slice(1)) console.log(line(r));
console.log(
  `\n${ratios.length} examples, race on / off: median ${median(ratios).toFixed(2)}, worst ${Math.max(...ratios).toFixed(2)} (${repetitions} repetitions each, Node ${process.version}).`,
);
