import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "go/run";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../client/playground/node-compile.ts";

/**
 * Every lesson example is race-free under the race detector, as a learner
 * who ticks Race would see it, unless its lesson is about the race. An
 * example says which with a whole-line comment, best put last so that the
 * lines the prose cites keep their numbers:
 *
 *   // race: intended — <why the race is there>
 *       the detector must report a race under every seed tried;
 *   // race: skip — <why it is not run under the detector>
 *       not run (said in the test's name, with the reason).
 *
 * Without a marker, no seed may report a race. Cost: about 80 examples,
 * each compiled once for the detector and run under three seeds, in about
 * twenty seconds on one core.
 */

const lessonsDir = fileURLToPath(new URL("../../content/lessons/", import.meta.url));
const seeds = [1, 2, 3];

const examples = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(path.join(lessonsDir, entry.name))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => path.join(entry.name, name)),
  )
  .sort();

type Marker = { kind: "intended" | "skip"; why: string } | null;

/** The example's race marker; throws on a `// race:` line that is not one. */
function raceMarker(source: string): Marker {
  const lines = source.split("\n").filter((line) => /^\s*\/\/\s*race:/.test(line));
  if (lines.length === 0) return null;
  if (lines.length > 1) throw new Error(`more than one "// race:" line`);
  const m = /^\/\/ race: (intended|skip) — (\S.*)$/.exec(lines[0]!);
  if (m === null)
    throw new Error(
      `"${lines[0]!.trim()}": write "// race: intended — <why>" or "// race: skip — <why>"`,
    );
  return { kind: m[1] as "intended" | "skip", why: m[2]! };
}

async function racesPerSeed(file: string): Promise<{ seed: number; races: string[] }[]> {
  const source = readFileSync(path.join(lessonsDir, file), "utf8");
  const p = await compileProgram(source, path.basename(file), { race: true });
  const out: { seed: number; races: string[] }[] = [];
  for (const seed of seeds) {
    const r = await run(p.module.main, {
      seed,
      race: true,
      mapFrame: p.mapFrame,
      trace: false,
      onOutput: () => {},
    });
    out.push({ seed, races: r.races.map((report) => report.text) });
  }
  return out;
}

describe("race markers", () => {
  it("are read as written, and a malformed one is an error", () => {
    expect(raceMarker("let x = 1;\n")).toBeNull();
    expect(raceMarker("x();\n// race: intended — two writers\n")).toEqual({
      kind: "intended",
      why: "two writers",
    });
    expect(raceMarker("// race: skip — too slow\n")).toEqual({ kind: "skip", why: "too slow" });
    expect(() => raceMarker("// race: intended\n")).toThrow(/race: intended — <why>/);
    expect(() => raceMarker("// race: maybe — hm\n")).toThrow();
    expect(() => raceMarker("// race: skip — a\n// race: skip — b\n")).toThrow(/more than one/);
  });
});

describe("lesson examples under the race detector", () => {
  for (const file of examples) {
    const marker = raceMarker(readFileSync(path.join(lessonsDir, file), "utf8"));
    if (marker?.kind === "skip") {
      it.skip(`${file}: not run under Race (${marker.why})`, () => {});
      continue;
    }
    if (marker?.kind === "intended") {
      it(
        `${file} reports its intended race under seeds ${seeds.join(", ")}`,
        {
          timeout: 60_000,
        },
        async () => {
          for (const { seed, races } of await racesPerSeed(file))
            expect(races.length, `seed ${seed}: ${marker.why}`).toBeGreaterThan(0);
        },
      );
      continue;
    }
    it(`${file} is race-free under seeds ${seeds.join(", ")}`, { timeout: 60_000 }, async () => {
      for (const { seed, races } of await racesPerSeed(file))
        expect(races, `seed ${seed}`).toEqual([]);
    });
  }
});
