import { describe, expect, it } from "vitest";
import {
  compareTwin,
  decodePlayback,
  readMarkers,
  reportSummary,
  stripPlayback,
} from "./go-twin.ts";

/** The checker of the Go twins: each way a twin can differ from its .out is caught. */

function record(time: bigint, text: string): Buffer {
  const data = Buffer.from(text);
  const header = Buffer.alloc(16);
  header.write("\0\0PB", 0, "latin1");
  header.writeBigUInt64BE(time, 4);
  header.writeUInt32BE(data.length, 12);
  return Buffer.concat([header, data]);
}

const ok = (stdout: string) => ({ stdout, stderr: "", status: 0 });
const exact = readMarkers("package main\n");

describe("decodePlayback", () => {
  it("joins the data of the playback records", () => {
    const bytes = Buffer.concat([record(1n, "tick"), record(2n, ".\n°C\n")]);
    expect(decodePlayback(bytes)).toBe("tick.\n°C\n");
  });

  it("passes plain output through, and rejects a broken record", () => {
    expect(decodePlayback(Buffer.from("plain\n"))).toBe("plain\n");
    const broken = Buffer.concat([record(1n, "a"), Buffer.from("junk")]);
    expect(() => decodePlayback(broken)).toThrow(/broken at byte 17/);
  });
});

describe("stripPlayback", () => {
  it("takes out the headers between plain lines", () => {
    const bytes = Buffer.concat([record(1n, "--- FAIL"), Buffer.from("\nFAIL\n")]);
    expect(stripPlayback(bytes)).toBe("--- FAIL\nFAIL\n");
  });
});

describe("readMarkers", () => {
  it("reads modes, rewrites, alternatives, environment and the Go release needed", () => {
    const m = readMarkers(
      [
        "//go:build go1.25",
        "// tour:compare unordered",
        '// tour:differs "undefined" => ""',
        '// tour:also "a" => "b\\nc"',
        "// tour:env GOMAXPROCS=1",
      ].join("\n"),
    );
    expect(m).toEqual({
      mode: "unordered",
      differs: [["undefined", ""]],
      also: [["a", "b\nc"]],
      env: { GOMAXPROCS: "1" },
      needs: "1.25",
    });
  });

  it("refuses an unknown mode or marker, with its line", () => {
    expect(() => readMarkers("\n// tour:compare sorted")).toThrow(/line 2: tour:compare takes/);
    expect(() => readMarkers("// tour:skip")).toThrow(/unknown marker tour:skip/);
    expect(() => readMarkers('// tour:differs "a" "b"')).toThrow(/takes "what .out has"/);
  });
});

describe("compareTwin", () => {
  it("exact: the same lines in the same order", () => {
    expect(compareTwin("a\nb\n", ok("a\nb\n"), exact)).toBeNull();
    expect(compareTwin("a\nb\n", ok("b\na\n"), exact)).toMatch(/standard output differs/);
    expect(compareTwin("a\nb\n", ok("a\n"), exact)).toMatch(/standard output differs/);
  });

  it("unordered, set, last-line and shape", () => {
    const mode = (m: string) => readMarkers(`// tour:compare ${m}`);
    expect(compareTwin("a\nb\n", ok("b\na\n"), mode("unordered"))).toBeNull();
    expect(compareTwin("a\nb\n", ok("b\nb\n"), mode("unordered"))).not.toBeNull();
    expect(compareTwin("a\nb\n", ok("b\na\na\n"), mode("set"))).toBeNull();
    expect(compareTwin("a\nb\n", ok("a\nc\n"), mode("set"))).not.toBeNull();
    expect(compareTwin("x\nend\n", ok("y\nend\n"), mode("last-line"))).toBeNull();
    expect(compareTwin("x\nend\n", ok("x\nEND\n"), mode("last-line"))).not.toBeNull();
    expect(compareTwin("left: 520\n", ok("left: 498\n"), mode("shape"))).toBeNull();
    expect(compareTwin("order x z v\n", ok("order v x z\n"), mode("chars"))).toBeNull();
    expect(compareTwin("order x z v\n", ok("order v x x\n"), mode("chars"))).not.toBeNull();
    expect(compareTwin("left: 520\n", ok("right: 498\n"), mode("shape"))).not.toBeNull();
  });

  it("differs rewrites the .out, and says so when the text is not there", () => {
    const m = readMarkers('// tour:differs "undefined false" => " false"');
    expect(compareTwin("got undefined false\n", ok("got  false\n"), m)).toBeNull();
    expect(compareTwin("got 0\n", ok("got 0\n"), m)).toMatch(/the .out has no/);
  });

  it("also allows a declared alternative line, or lines, and nothing else", () => {
    const m = readMarkers('// tour:also "BOOM!" => "tick.\\nBOOM!"');
    expect(compareTwin(".\nBOOM!\n", ok(".\ntick.\nBOOM!\n"), m)).toBeNull();
    expect(compareTwin(".\nBOOM!\n", ok(".\nBOOM!\n"), m)).toBeNull();
    expect(compareTwin(".\nBOOM!\n", ok(".\ntick.\n"), m)).not.toBeNull();
    const swap = readMarkers('// tour:compare unordered\n// tour:also "a 1" => "a 2"');
    expect(compareTwin("a 1\nb\n", ok("b\na 2\n"), swap)).toBeNull();
    expect(compareTwin("a 1\nb\n", ok("b\na 3\n"), swap)).not.toBeNull();
  });

  it("compares failure reports by their first line and goroutine states, and the exit status", () => {
    const out =
      "posting\nfatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\tx.ts:3:5\n";
    const goReport =
      "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\t/tmp/x.go:9 +0x1d\n";
    expect(
      compareTwin(out, { stdout: "posting\n", stderr: goReport, status: 2 }, exact),
    ).toBeNull();
    expect(
      compareTwin(
        out,
        { stdout: "posting\n", stderr: goReport.replace("send", "receive"), status: 2 },
        exact,
      ),
    ).toMatch(/failure report differs/);
    expect(compareTwin(out, { stdout: "posting\n", stderr: "", status: 0 }, exact)).toMatch(
      /failure report differs/,
    );
    expect(compareTwin("done\n", { stdout: "done\n", stderr: "", status: 1 }, exact)).toMatch(
      /exited with status 1/,
    );
    expect(
      compareTwin(
        "done\n",
        { stdout: "done\n", stderr: "stopped by SIGTERM", status: null },
        exact,
      ),
    ).toMatch(/did not exit normally:\nstopped by SIGTERM/);
  });

  it("knows what Go before 1.25 calls a goroutine waiting on a WaitGroup", () => {
    const out = "fatal error: x\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n";
    const go = { stdout: "", stderr: "fatal error: x\n\ngoroutine 1 [semacquire]:\n", status: 2 };
    expect(compareTwin(out, go, exact, "1.23")).toBeNull();
    expect(compareTwin(out, go, exact, "1.25")).toMatch(/failure report differs/);
  });

  it("reportSummary keeps the first line and the goroutines' states", () => {
    expect(reportSummary("panic: boom\n\ngoroutine 18 [running]:\nmain.f()\n\nthere\n")).toEqual([
      "panic: boom",
      "goroutine [running]",
    ]);
  });
});
