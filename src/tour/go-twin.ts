import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The Go twin of a lesson's example: `<name>.go` beside `<name>.ts`, the same
 * program written as Go writes it. Real Go runs it (go-twins.test.ts) and what
 * it prints is compared with `<name>.out`, the output the page shows.
 *
 * Go runs it with `-tags faketime`, the Go playground's virtual clock: sleeps
 * and timers return at once, and `time.Now()` moves only when every goroutine
 * is blocked, as in the tour's runtime, so durations print exactly. A faketime
 * program frames each write to standard output and error in a playback record
 * (decodePlayback).
 *
 * A twin says how its output is compared with marker comments, one a line:
 *
 *     // tour:compare unordered
 *     // tour:differs "undefined false" => " false"
 *
 *     // tour:also "partial sums: 54 52" => "partial sums: 52 54"
 *     // tour:env GOMAXPROCS=1
 *
 * `tour:compare` takes one mode (see compareModes); without one, the
 * comparison is exact. `tour:also` lets one line of the `.out` be another
 * that Go may print instead (two goroutines that finish in either order).
 * `tour:env` sets a variable for the run (one P, where the lesson shows what
 * one P does). Where the schedule decides the output, the mode says
 * what is the same under every schedule. `tour:differs` names a difference
 * of the languages that shows in the output (TypeScript prints `undefined`
 * where Go prints a zero value): the expected text is rewritten before the
 * comparison, so it stays visible and reviewed in the twin itself.
 *
 * A twin that needs a newer Go than the one installed says so with a build
 * constraint, `//go:build go1.25`: the test names the version it needs and
 * checks what the installed Go can (the file parses and is gofmt-formatted).
 */

/** How a twin's standard output is compared with the lines of its `.out` (before any failure report). */
export const compareModes = {
  exact: "the same lines in the same order",
  unordered: "the same lines, in any order",
  set: "the same distinct lines, each any number of times",
  "last-line": "only the last line is the same",
  shape: "the same lines once every number in them is replaced by N (counts that vary by schedule)",
  chars:
    "lines of the same characters, in any order within each line (who went first, in one line)",
} as const;

export type CompareMode = keyof typeof compareModes;

export interface TwinMarkers {
  mode: CompareMode;
  differs: [from: string, to: string][];
  /** Lines Go may print in place of a line of the `.out`. */
  also: [line: string, instead: string][];
  /** Environment variables for the run. */
  env: Record<string, string>;
  /** The Go release a `//go:build go1.N` constraint asks for, such as "1.25". */
  needs: string | null;
}

/** Reads a twin's markers, or throws with the line that is wrong. */
export function readMarkers(source: string): TwinMarkers {
  const markers: TwinMarkers = {
    mode: "exact",
    differs: [],
    also: [],
    env: {},
    needs: null,
  };
  source.split("\n").forEach((line, index) => {
    const where = `line ${index + 1}`;
    const build = /^\/\/go:build\s+go(1\.\d+)\s*$/.exec(line);
    if (build) markers.needs = build[1]!;
    const marker = /^\s*\/\/\s*tour:(\S+)\s*(.*)$/.exec(line);
    if (!marker) return;
    const [, name, rest] = marker;
    if (name === "compare") {
      if (!(rest! in compareModes)) {
        throw new Error(
          `${where}: tour:compare takes one of ${Object.keys(compareModes).join(", ")}, not "${rest}"`,
        );
      }
      markers.mode = rest as CompareMode;
    } else if (name === "differs" || name === "also") {
      const pair = /^("(?:[^"\\]|\\.)*")\s*=>\s*("(?:[^"\\]|\\.)*")$/.exec(rest!.trim());
      if (!pair)
        throw new Error(`${where}: tour:${name} takes "what .out has" => "what Go prints"`);
      markers[name].push([JSON.parse(pair[1]!) as string, JSON.parse(pair[2]!) as string]);
    } else if (name === "env") {
      const setting = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(rest!.trim());
      if (!setting) throw new Error(`${where}: tour:env takes NAME=value`);
      markers.env[setting[1]!] = setting[2]!;
    } else {
      throw new Error(
        `${where}: unknown marker tour:${name} (tour:compare, tour:differs, tour:also or tour:env)`,
      );
    }
  });
  return markers;
}

/**
 * Decodes the output of a program built with `-tags faketime`: a sequence of
 * playback records, each `0 0 'P' 'B'`, the virtual time (8 bytes) and the
 * length of the data (4 bytes), big-endian, then the data (Go's
 * runtime/time_fake.go). Output without the header is returned as it is.
 */
export function decodePlayback(bytes: Buffer): string {
  const chunks: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const isRecord =
      at + 16 <= bytes.length &&
      bytes[at] === 0 &&
      bytes[at + 1] === 0 &&
      bytes[at + 2] === 0x50 &&
      bytes[at + 3] === 0x42;
    if (!isRecord) {
      if (at === 0) return bytes.toString("utf8");
      throw new Error(`a playback record is broken at byte ${at}`);
    }
    const length = bytes.readUInt32BE(at + 12);
    chunks.push(bytes.subarray(at + 16, at + 16 + length));
    at += 16 + length;
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Text with its playback records' headers taken out: for the output of
 * `go test`, where the go command's own lines come between the test
 * binary's records.
 */
export function stripPlayback(bytes: Buffer): string {
  const chunks: Buffer[] = [];
  let from = 0;
  for (let at = 0; at + 16 <= bytes.length; at++) {
    if (
      bytes[at] === 0 &&
      bytes[at + 1] === 0 &&
      bytes[at + 2] === 0x50 &&
      bytes[at + 3] === 0x42
    ) {
      chunks.push(bytes.subarray(from, at));
      from = at + 16;
      at += 15;
    }
  }
  chunks.push(bytes.subarray(from));
  return Buffer.concat(chunks).toString("utf8");
}

/** Where a failure report (a panic, a deadlock) starts in a program's output. */
const reportStart = /^(fatal error: |panic: )/m;

/** Splits an `.out` into what the program printed and the runtime's failure report. */
export function splitReport(text: string): { printed: string; report: string } {
  const match = reportStart.exec(text);
  if (!match) return { printed: text, report: "" };
  return { printed: text.slice(0, match.index), report: text.slice(match.index) };
}

/**
 * What a failure report says that holds in both languages: its first line and
 * the state of each goroutine it lists, in the order listed. The frames (function
 * names, files, lines) are each language's own.
 */
export function reportSummary(report: string): string[] {
  if (!report) return [];
  const lines = report.split("\n");
  const states = lines.flatMap((line) => {
    const m = /^goroutine \d+ \[([^\]]+)\]:$/.exec(line);
    return m ? [`goroutine [${m[1]}]`] : [];
  });
  return [lines[0]!, ...states];
}

function lines(text: string): string[] {
  const all = text.split("\n");
  if (all.at(-1) === "") all.pop();
  return all;
}

/**
 * Goroutine states that Go names differently before a release: the tour's
 * runtime names them as the newest Go does. Go 1.25 says a goroutine waits
 * in `sync.WaitGroup.Wait`; earlier releases say `semacquire`.
 */
export const olderStateNames: { until: string; tour: string; go: string }[] = [
  { until: "1.25", tour: "sync.WaitGroup.Wait", go: "semacquire" },
];

/**
 * Whether `got` is `want` line by line, where a line of `want` may instead be
 * one of its `also` alternatives (which may span several lines, or none).
 */
function matchInOrder(want: string[], got: string[], also: [string, string][]): boolean {
  const from = (i: number, j: number): boolean => {
    if (i === want.length) return j === got.length;
    const options = [
      [want[i]!],
      ...also.filter(([line]) => line === want[i]).map(([, instead]) => lines(instead)),
    ];
    return options.some(
      (option) => option.every((line, k) => got[j + k] === line) && from(i + 1, j + option.length),
    );
  };
  return from(0, 0);
}

/** Whether `got` holds the lines of `want` in any order, each line or one of its one-line alternatives. */
function matchAnyOrder(want: string[], got: string[], also: [string, string][]): boolean {
  const left = [...got];
  const take = (line: string) => {
    const at = left.indexOf(line);
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  };
  return (
    want.every((w) => take(w) || also.some(([line, instead]) => line === w && take(instead))) &&
    left.length === 0
  );
}

/**
 * Compares what Go printed with an `.out`: standard output by the twin's mode,
 * failure reports by their summary, and the exit status (2 for a failure, as
 * Go's runtime exits). Returns what differs, or null when it is the same.
 */
export function compareTwin(
  expectedOut: string,
  go: { stdout: string; stderr: string; status: number | null },
  markers: TwinMarkers,
  release: string = minimumGo,
): string | null {
  let expected = expectedOut;
  for (const [line] of markers.also) {
    if (!expected.split("\n").includes(line)) {
      return `tour:also: the .out has no line ${JSON.stringify(line)}`;
    }
  }
  if (markers.also.length > 0 && markers.mode !== "exact" && markers.mode !== "unordered") {
    return "tour:also works with the exact and unordered comparisons only";
  }
  for (const [from, to] of markers.differs) {
    if (!expected.includes(from)) return `tour:differs: the .out has no ${JSON.stringify(from)}`;
    expected = expected.replaceAll(from, to);
  }
  if (go.status === null) return `Go did not exit normally:\n${go.stderr}`;
  const { printed, report } = splitReport(expected);
  const want = lines(printed);
  const got = lines(go.stdout);
  const show = (xs: string[]) => JSON.stringify(xs, null, 1);
  const differ = (what: string) =>
    `${what} (${compareModes[markers.mode]}):\n.out: ${show(want)}\nGo:   ${show(got)}`;

  switch (markers.mode) {
    case "exact":
      if (!matchInOrder(want, got, markers.also)) return differ("standard output differs");
      break;
    case "unordered":
      if (!matchAnyOrder(want, got, markers.also)) return differ("standard output differs");
      break;
    case "set": {
      const a = [...new Set(want)].sort().join("\n");
      const b = [...new Set(got)].sort().join("\n");
      if (a !== b) return differ("standard output differs");
      break;
    }
    case "last-line":
      if (want.at(-1) !== got.at(-1)) return differ("the last line differs");
      break;
    case "chars": {
      const sorted = (xs: string[]) => xs.map((x) => [...x].sort().join("")).join("\n");
      if (sorted(want) !== sorted(got)) return differ("standard output differs");
      break;
    }
    case "shape": {
      const shape = (xs: string[]) => xs.map((x) => x.replace(/\d+/g, "N")).join("\n");
      if (shape(want) !== shape(got)) return differ("standard output differs");
      break;
    }
  }

  const wantReport = reportSummary(report).map((line) =>
    olderStateNames.reduce(
      (l, name) =>
        releaseAtLeast(release, name.until)
          ? l
          : l.replace(`goroutine [${name.tour}]`, `goroutine [${name.go}]`),
      line,
    ),
  );
  const gotReport = reportSummary(splitReport(go.stderr).report);
  if (wantReport.join("\n") !== gotReport.join("\n")) {
    return `the failure report differs (its first line and each goroutine's state):\n.out: ${show(wantReport)}\nGo:   ${show(gotReport)}\nGo's standard error:\n${go.stderr}`;
  }
  const wantStatus = report ? 2 : 0;
  if (go.status !== wantStatus) {
    return `Go exited with status ${go.status}, the .out says ${wantStatus}; standard error:\n${go.stderr}`;
  }
  return null;
}

/** A Go toolchain: its `go` command and its release, such as "1.23". */
export interface GoToolchain {
  go: string;
  release: string;
}

/** The oldest Go the twins are written for: range over integers, `min`/`max`, per-iteration loop variables. */
export const minimumGo = "1.23";

export function releaseAtLeast(release: string, wanted: string): boolean {
  const [a, b] = [release, wanted].map((r) => r.split(".").map(Number));
  return a![0]! > b![0]! || (a![0] === b![0] && a![1]! >= b![1]!);
}

/**
 * Finds a Go of at least minimumGo: `$GO`, then Debian's versioned toolchains
 * in /usr/lib/go-1.N (newest first), then `go` on the PATH.
 */
export function findGo(): GoToolchain | null {
  const debian = existsSync("/usr/lib")
    ? readdirSync("/usr/lib")
        .filter((name) => /^go-1\.\d+$/.test(name))
        .sort((a, b) => Number(b.split(".")[1]) - Number(a.split(".")[1]))
        .map((name) => `/usr/lib/${name}/bin/go`)
    : [];
  const candidates = [process.env.GO, ...debian, "go"].filter((c): c is string => !!c);
  for (const go of candidates) {
    const version = spawnSync(go, ["env", "GOVERSION"], { encoding: "utf8", env: goEnv() });
    const release = /^go(1\.\d+)/.exec(version.stdout ?? "")?.[1];
    if (version.status === 0 && release && releaseAtLeast(release, minimumGo)) {
      return { go, release };
    }
  }
  return null;
}

/** Where Debian puts Go libraries (golang-golang-x-sync-dev's errgroup, singleflight). */
const debianGopath = "/usr/share/gocode";

/**
 * The twins build in GOPATH mode, one file at a time, with the Go libraries
 * Debian installs (golang.org/x/sync): no module download, ever.
 */
export function goEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GO111MODULE: "off",
    GOPATH: debianGopath,
    GOTOOLCHAIN: "local",
    GOFLAGS: "",
    GOPROXY: "off",
  };
}

/** Builds a twin with the playground's virtual clock and runs it; never throws for the program's failure. */
export function runTwin(
  toolchain: GoToolchain,
  file: string,
  env: Record<string, string> = {},
): { stdout: string; stderr: string; status: number | null; buildError: string | null } {
  const dir = mkdtempSync(path.join(tmpdir(), "go-twin-"));
  try {
    const binary = path.join(dir, "program");
    const build = spawnSync(
      toolchain.go,
      ["build", "-tags", "faketime", "-o", binary, path.basename(file)],
      { cwd: path.dirname(file), env: goEnv(), encoding: "utf8" },
    );
    if (build.status !== 0) {
      return { stdout: "", stderr: "", status: null, buildError: build.stderr || build.stdout };
    }
    const ran = spawnSync(binary, [], {
      env: { ...process.env, ...env },
      timeout: 60_000,
      maxBuffer: 16 << 20,
    });
    const stderr = decodePlayback(ran.stderr);
    return {
      stdout: decodePlayback(ran.stdout),
      stderr: ran.signal
        ? `${stderr}(the program did not end within a minute of real time: stopped by ${ran.signal})\n`
        : stderr,
      status: ran.status,
      buildError: null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** gofmt's verdict on a file: null when it parses and is formatted, else what is wrong. */
export function gofmtProblem(toolchain: GoToolchain, file: string): string | null {
  const gofmt = path.join(path.dirname(toolchain.go), "gofmt");
  try {
    const listed = execFileSync(existsSync(gofmt) ? gofmt : "gofmt", ["-l", "-e", file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return listed.trim() ? `not gofmt-formatted: run gofmt -w ${file}` : null;
  } catch (error) {
    return `does not parse: ${(error as { stderr?: string }).stderr ?? String(error)}`;
  }
}
