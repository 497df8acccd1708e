// Explore schedules: the same program under many seeds ends in a handful of
// distinct ways. Groups the runs by what they printed and how they ended,
// most frequent first, each with a seed that reproduces it.
import type { ScheduleRun } from "../playground/protocol.ts";

export interface Outcome {
  output: string;
  /** The error's first line ("fatal error: all goroutines are asleep - deadlock!"), or null. */
  error: string | null;
  exitCode: number;
  count: number;
  /** The seeds that produced it, in order (the first replays it). */
  seeds: number[];
}

/** Groups runs by output and ending; most frequent first, ties by first seed. */
export function groupOutcomes(runs: readonly ScheduleRun[]): Outcome[] {
  const groups = new Map<string, Outcome>();
  for (const r of runs) {
    const key = JSON.stringify([r.output, r.error, r.exitCode]);
    const g = groups.get(key);
    if (g === undefined) {
      groups.set(key, {
        output: r.output,
        error: r.error,
        exitCode: r.exitCode,
        count: 1,
        seeds: [r.seed],
      });
    } else {
      g.count++;
      g.seeds.push(r.seed);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.seeds[0]! - b.seeds[0]!);
}

/** How an outcome ended, in a few words: "exit 0", "deadlock", "panic: boom". */
export function ending(o: Pick<Outcome, "error" | "exitCode">): string {
  if (o.error === null) return o.exitCode === 0 ? "exits" : `exit status ${o.exitCode}`;
  if (o.error.includes("deadlock")) return "deadlock";
  return o.error;
}

/** A short quotation of an output, its lines joined by " ⏎ ": at most `max` characters. */
export function quote(output: string, max = 80): string {
  const text = output.replace(/\n$/, "").split("\n").join(" ⏎ ");
  if (text === "") return "(no output)";
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "3 outcomes in 200 schedules: 121× `A B`, 70× `B A`, 9× deadlock". */
export function summary(outcomes: readonly Outcome[], runs: number): string {
  const n = outcomes.length;
  const parts = outcomes.slice(0, 4).map((o) => {
    const end = ending(o);
    const what = o.error === null ? `\`${quote(o.output, 40)}\`` : end;
    return `${o.count}× ${what}`;
  });
  if (n > 4) parts.push(`${n - 4} more`);
  const head =
    n === 1
      ? `1 outcome in ${runs} schedule${runs === 1 ? "" : "s"}: every run ends the same way`
      : `${n} outcomes in ${runs} schedules`;
  return `${head}: ${parts.join(", ")}`;
}
