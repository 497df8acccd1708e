import { describe, expect, it } from "vitest";
import { caseLabels, goCase, selectCaseSources } from "./select-cases.ts";

function reader(source: string): (line: number) => string | undefined {
  const lines = source.split("\n");
  return (n) => lines[n - 1];
}

describe("goCase", () => {
  it("reads receives and sends as Go writes them", () => {
    expect(goCase("recv(left, () => count.L++)")).toBe("case <-left");
    expect(goCase("recv(a)")).toBe("case <-a");
    expect(goCase("recv(a, (v) => fmt.println(v))")).toBe("case v := <-a");
    expect(goCase("recv(a, v => v)")).toBe("case v := <-a");
    expect(goCase("recv(jobs, (job: string, ok) => ok)")).toBe("case job, ok := <-jobs");
    expect(goCase("recv(ctx.done(), async function () {})")).toBe("case <-ctx.done()");
    expect(goCase('recv(time.after(time.Second), () => "timeout")')).toBe(
      "case <-time.after(time.Second)",
    );
    expect(goCase("go.send(out, x * 2, () => sent++)")).toBe("case out <- x * 2");
    expect(goCase("send(out, { name: 'a', n: 1 })")).toBe("case out <- { name: 'a', n: 1 }");
  });

  it("cuts long expressions and refuses what is not a case", () => {
    expect(goCase("recv(aVeryLongChannelNameThatGoesOnAndOnForever)")).toBe(
      "case <-aVeryLongChannelNameThatGoesOnA…",
    );
    expect(goCase("cases[0]")).toBeNull();
    expect(goCase("send(out)")).toBeNull();
  });
});

describe("selectCaseSources", () => {
  const program = [
    "export async function main() {", // 1
    "  for (;;) {", // 2
    "    await select([", // 3
    "      recv(left, () => count.L++), // the left queue", // 4
    "      /* a comment, with a comma */", // 5
    "      recv(right, (v) => { log(`got ${v}, ${[1, 2]}`); }),", // 6
    '      send(out, "a,b"),', // 7
    "    ]);", // 8
    "  }", // 9
    "}", // 10
  ].join("\n");

  it("finds each case of the array after select( and the line it starts on", () => {
    expect(selectCaseSources(reader(program), 3, 11, 3)).toEqual([
      { label: "case <-left", line: 4 },
      { label: "case v := <-right", line: 6 },
      { label: 'case out <- "a,b"', line: 7 },
    ]);
  });

  it("takes the line's select when the column does not point at it", () => {
    expect(selectCaseSources(reader(program), 3, 1, 3)?.map((c) => c.line)).toEqual([4, 6, 7]);
  });

  it("reads a select on one line, with a default", () => {
    const one = "  await select([recv(a, (v) => v), recv(b)], () => 0);";
    expect(selectCaseSources(reader(one), 1, 9, 2)).toEqual([
      { label: "case v := <-a", line: 1 },
      { label: "case <-b", line: 1 },
    ]);
  });

  it("gives up when the cases are not an array literal of that many cases", () => {
    expect(selectCaseSources(reader("await select(cases);"), 1, 7, 2)).toBeNull();
    expect(selectCaseSources(reader("await select([...cases, recv(a)]);"), 1, 7, 2)).toBeNull();
    expect(selectCaseSources(reader(program), 3, 11, 2)).toBeNull();
    expect(selectCaseSources(reader("await select([recv(a), recv(b)"), 1, 7, 2)).toBeNull();
    expect(selectCaseSources(reader(program), 1, 1, 3)).toBeNull();
    expect(selectCaseSources(reader(program), 40, 1, 3)).toBeNull();
  });
});

describe("caseLabels", () => {
  const source = [
    "  await select([", // 1
    "    recv(a, (v) => v),", // 2
    "    recv(null),", // 3
    "    send(out, 1),", // 4
    "  ]);", // 5
  ].join("\n");
  const choice = {
    why: "case",
    n: 2,
    value: 0,
    events: 0,
    open: true,
    ncases: 3,
    cases: [
      { index: 0, kind: "recv", ch: 1 },
      { index: 2, kind: "send", ch: 2 },
    ],
  };

  it("names each ready case as Go writes it, with its line", () => {
    expect(caseLabels({ ...choice, line: 1, column: 9 }, reader(source))).toEqual([
      "case v := <-a (line 2)",
      "case out <- 1 (line 4)",
    ]);
  });

  it("falls back to the case's number and channel when the source cannot be read", () => {
    const fallback = ["case 1 of 3: receive from channel 1", "case 3 of 3: send on channel 2"];
    expect(caseLabels(choice, reader(source))).toEqual(fallback);
    expect(caseLabels({ ...choice, line: 1, column: 9 }, reader("select(cases)"))).toEqual(
      fallback,
    );
  });
});
