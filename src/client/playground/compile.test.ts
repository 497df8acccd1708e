import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { run } from "go/run";
import { buildOptions, compileErrors, goModuleNames } from "./compile.ts";
import { goModules } from "./go-modules.ts";
import { goModulesGlobal } from "./go-modules-global.ts";

async function compile(source: string, filename = "prog.ts") {
  try {
    const out = await esbuild.build(buildOptions(source, filename));
    const code = out.outputFiles!.find((f) => f.path.endsWith(".js"))!.text;
    return { ok: true as const, code };
  } catch (e) {
    return { ok: false as const, errors: compileErrors((e as esbuild.BuildFailure).errors) };
  }
}

// Loads a compiled module the way the sandbox does: from its text, with the
// runtime's table published.
async function load(code: string): Promise<{ main: () => Promise<void> }> {
  (globalThis as Record<string, unknown>)[goModulesGlobal] = goModules;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

describe("compile", () => {
  it("lists the same modules the sandbox provides", () => {
    expect([...goModuleNames].sort()).toEqual(Object.keys(goModules).sort());
  });

  it("compiles a program whose go imports run on the provided runtime", async () => {
    const c = await compile(
      [
        'import { chan, go } from "go";',
        'import * as fmt from "go/fmt";',
        'import { sleep, Millisecond } from "go/time";',
        "export async function main() {",
        "  const c = chan<string>();",
        '  go(async () => { await sleep(5 * Millisecond); await c.send("hi"); });',
        "  fmt.println(await c.recv());",
        "}",
      ].join("\n"),
    );
    expect(c.ok).toBe(true);
    const program = await load(c.ok ? c.code : "");
    const r = await run(program.main, { seed: 1 });
    expect(r.stdout).toBe("hi\n");
    expect(r.elapsed).toBe(5_000_000);
  });

  it("reports a syntax error at its line and column", async () => {
    const c = await compile("export async function main() {\n  const x: number = ;\n}\n", "bad.ts");
    expect(c).toEqual({ ok: false, errors: [{ line: 2, column: 21, message: 'Unexpected ";"' }] });
  });

  it("refuses imports other than the go modules", async () => {
    const c = await compile(
      'import { readFileSync } from "node:fs";\nexport async function main() { readFileSync("x"); }\n',
    );
    expect(c.ok).toBe(false);
    expect(c.ok ? "" : c.errors[0]!.message).toContain('cannot import "node:fs"');
    expect(c.ok ? 0 : c.errors[0]!.line).toBe(1);
  });
});
