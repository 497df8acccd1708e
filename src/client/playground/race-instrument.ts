// Race instrumentation: rewrites a learner's compiled program so that every
// access to memory goroutines may share goes through the race detector's
// hooks (runtime/race-hooks.ts), each with the place in the learner's own
// file it stands for. What is instrumented:
//
// - variables that a nested function reaches and that are assigned after
//   their declaration (captured `let`s and `var`s, parameters, module-level
//   state): every read and write of them. A variable only its own function
//   touches is left alone, as is a `const`: neither can race.
// - property and element accesses (`obj.n++`, `arr[i] = x`, `this.total`),
//   and the methods that read or change an Array's, a Map's or a Set's
//   contents (`push`, `set`, `get`, `join`…).
//
// Left out: accesses inside libraries (the runtime, `fmt`), destructuring,
// optional chains, `delete`, and a compound assignment to a property whose
// right side awaits. The program does what it did before, only slower.
//
// Input: JavaScript with a source map back to the learner's TypeScript
// (esbuild's transform). Output: the instrumented JavaScript with a source
// map straight back to the TypeScript.
import { originalPositionFor, TraceMap, traceSegment } from "@jridgewell/trace-mapping";
import { decode, encode, type SourceMapSegment } from "@jridgewell/sourcemap-codec";
import { parse } from "acorn";
import { analyze, type Reference, type Scope, type Variable } from "eslint-scope";
import MagicString from "magic-string";
import { raceHooksGlobal } from "./go-modules-global.ts";

export { raceHooksGlobal };

// The method names routed through the `m` hook (kept equal to race-hooks.ts's list; a test checks).
export const hookedMethods = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
  "set",
  "add",
  "delete",
  "clear",
  "at",
  "concat",
  "entries",
  "every",
  "filter",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "flat",
  "flatMap",
  "forEach",
  "get",
  "has",
  "includes",
  "indexOf",
  "join",
  "keys",
  "lastIndexOf",
  "map",
  "reduce",
  "reduceRight",
  "slice",
  "some",
  "toReversed",
  "toSorted",
  "toSpliced",
  "values",
  "with",
]);

// ESTree nodes as acorn makes them: read loosely, the shapes are ESTree's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
type N = {
  type: string;
  start: number;
  end: number;
  loc: { start: { line: number; column: number } };
} & Record<string, Loose>;

const R = "$race$R";
const S = "$race$S";

interface SiteEntry {
  pos: number;
  node: N;
  fn: string;
  name: string;
  computed: boolean;
}

/** Instruments `js` (with `map`, back to the learner's `filename`); see the top of this file. */
export function instrument(
  js: string,
  map: string,
  filename: string,
): { code: string; map: string } {
  const ast = parse(js, {
    ecmaVersion: "latest",
    sourceType: "module",
    locations: true,
    ranges: true,
  }) as unknown as N;
  const scopes = analyze(ast as never, { ecmaVersion: 2022, sourceType: "module" });
  const out = new MagicString(js);
  const sites: SiteEntry[] = [];
  const functionNames = new Map<N, string>();
  nameFunctions(ast, functionNames);

  const site = (node: N, name: string, computed = false): string => {
    sites.push({ pos: node.start, node, fn: enclosingName(node), name, computed });
    return `${S}[${sites.length - 1}]`;
  };
  const parents = new Map<N, N>();
  const enclosingName = (node: N): string => {
    for (let n: N | undefined = node; n !== undefined; n = parents.get(n)) {
      const name = functionNames.get(n);
      if (name !== undefined) return name;
    }
    return "main.init";
  };
  walk(ast, null, (node, parent) => {
    if (parent !== null) parents.set(node, parent);
  });

  // Variables: which to watch, and their shadow cells.
  const cellOf = new Map<Variable, string>();
  const skipRefs = new Set<N>();
  const inserts = new Map<number, string[]>();
  const addInsert = (pos: number, text: string) => {
    const list = inserts.get(pos) ?? [];
    list.push(text);
    inserts.set(pos, list);
  };
  const closers: number[] = [];
  let cells = 0;
  for (const scope of scopes.scopes) {
    for (const v of scope.variables) {
      const place = cellPlace(v, scope);
      if (place === null || !shared(v)) continue;
      const cell = `$race$c${++cells}`;
      cellOf.set(v, cell);
      const decl = `const ${cell} = ${R}.v();`;
      if (place.wrap !== null) {
        // A loop's body that is a single statement becomes a block, one cell per iteration.
        addInsert(place.wrap.start, `{ ${decl}`);
        closers.push(place.wrap.end);
      } else addInsert(place.at, decl);
      // A loop's `let` gets a new binding (and cell) per iteration; its head runs in the loop's goroutine.
      if (place.head !== null)
        for (const ref of v.references)
          if (within(ref.identifier as unknown as N, place.head))
            skipRefs.add(ref.identifier as unknown as N);
    }
  }

  // References to watched variables.
  const refAt = new Map<N, { ref: Reference; cell: string }>();
  for (const [v, cell] of cellOf)
    for (const ref of v.references)
      if (!skipRefs.has(ref.identifier as unknown as N))
        refAt.set(ref.identifier as unknown as N, { ref, cell });

  const imports = new Set<Variable>();
  for (const scope of scopes.scopes)
    for (const v of scope.variables) if (v.defs[0]?.type === "ImportBinding") imports.add(v);
  const resolve = (id: N): Variable | null => {
    for (let s: Scope | null = scopeOf(scopes, id, parents); s !== null; s = s.upper) {
      const v = s.set.get(id.name as string);
      if (v !== undefined) return v;
    }
    return null;
  };

  let chain = 0; // inside an optional chain: left alone
  walk(
    ast,
    null,
    (node) => {
      if (node.type === "ChainExpression") chain++;
    },
    (node, parent) => {
      if (node.type === "ChainExpression") {
        chain--;
        return;
      }
      if (parent === null) return;
      // An assignment or update is instrumented as a whole, once its parts are.
      if (node.type === "AssignmentExpression" || node.type === "UpdateExpression") {
        const target = (node.left ?? node.argument) as N;
        const hit = target.type === "Identifier" ? refAt.get(target) : undefined;
        if (hit !== undefined) variableAccess(target, node, hit.ref, hit.cell);
        else if (target.type === "MemberExpression" && chain === 0) memberAccess(target, node);
        return;
      }
      if (node.type === "CallExpression" && chain === 0 && printer(node.callee as N)) {
        // fmt, console.log and JSON.stringify read what they print: so does the detector.
        for (const arg of node.arguments as N[]) {
          if (arg.type === "SpreadElement") continue;
          const s = site(arg, short(js.slice(arg.start, arg.end)), true);
          out.prependRight(arg.start, `${R}.pr(`);
          out.appendLeft(arg.end, `, ${s})`);
        }
        return;
      }
      // `for (… of xs)` and `...xs` read every element: so does the detector.
      if ((node.type === "ForOfStatement" || node.type === "SpreadElement") && chain === 0) {
        const xs = (node.type === "ForOfStatement" ? node.right : node.argument) as N;
        const s = site(xs, short(js.slice(xs.start, xs.end)), true);
        out.prependRight(xs.start, `${R}.pr(`);
        out.appendLeft(xs.end, `, ${s})`);
        return;
      }
      if (node.type === "Identifier") {
        const hit = refAt.get(node);
        if (hit !== undefined && !hit.ref.isWrite())
          variableAccess(node, parent, hit.ref, hit.cell);
        return;
      }
      if (node.type === "MemberExpression" && chain === 0) {
        const assigned =
          (parent.type === "AssignmentExpression" && parent.left === node) ||
          (parent.type === "UpdateExpression" && parent.argument === node);
        if (!assigned) memberAccess(node, parent);
      }
    },
  );

  function variableAccess(id: N, parent: N, ref: Reference, cell: string): void {
    if (parent.type === "ExportSpecifier") return;
    if (ref.isWrite()) {
      if (ref.init) return;
      if (parent.type === "AssignmentExpression" && parent.left === id) {
        const s = site(id, id.name);
        if (parent.operator === "=") {
          out.prependRight(parent.start, `${R}.w(${cell}, ${s}, `);
          out.appendLeft(parent.end, ")");
        } else {
          out.prependRight(parent.start, `${R}.w(${cell}, ${s}, (${R}.r(${cell}, ${s}), `);
          out.appendLeft(parent.end, "))");
        }
      } else if (parent.type === "UpdateExpression") {
        const s = site(id, id.name);
        out.prependRight(parent.start, `${R}.w(${cell}, ${s}, (${R}.r(${cell}, ${s}), `);
        out.appendLeft(parent.end, "))");
      }
      // Destructuring and for-in/of targets: not instrumented.
      return;
    }
    const s = site(id, id.name);
    const shorthand = parent.type === "Property" && parent.shorthand && parent.value === id;
    out.prependRight(id.start, `${shorthand ? `${id.name}: ` : ""}(${R}.r(${cell}, ${s}), `);
    out.appendLeft(id.end, ")");
  }

  // `fmt.println(…)` and the rest of fmt's printers, `console.log(…)`, `JSON.stringify(…)`.
  function printer(callee: N): boolean {
    if (callee.type !== "MemberExpression" || callee.computed) return false;
    const obj = callee.object as N;
    const name = (callee.property as N).name as string;
    if (obj.type !== "Identifier") return false;
    const v = resolve(obj);
    if (v === null)
      return (
        (obj.name === "console" && name === "log") || (obj.name === "JSON" && name === "stringify")
      );
    return imports.has(v) && printers.has(name);
  }

  function memberAccess(m: N, parent: N): void {
    const obj = m.object as N;
    const prop = m.property as N;
    if (obj.type === "Super" || prop.type === "PrivateIdentifier") return;
    if (obj.type === "Identifier") {
      // Globals (Math, console…) and imported modules (fmt, time…) are not the program's memory.
      const v = resolve(obj);
      if (v === null || imports.has(v) || obj.name === "arguments") return;
    }
    const name = short(js.slice(obj.start, obj.end));
    const key = m.computed ? null : JSON.stringify(prop.name);

    // o[k] written as `, k, ` (computed) or `, "p", ` (not): the range from o's end to `upto`.
    const between = (upto: number, after: string) => {
      if (key !== null) out.update(obj.end, upto, `, ${key}${after}`);
      else {
        out.update(obj.end, prop.start, ", ");
        out.update(prop.end, upto, after);
      }
    };

    if (
      (parent.type === "CallExpression" || parent.type === "NewExpression") &&
      parent.callee === m
    ) {
      if (parent.type !== "CallExpression" || m.computed || parent.optional) return;
      if (!hookedMethods.has(prop.name as string)) return;
      const s = site(m, name);
      out.prependRight(m.start, `${R}.m(`);
      out.appendLeft(obj.end, `, ${key}, ${s})`);
      return;
    }
    if (parent.type === "AssignmentExpression" && parent.left === m) {
      const right = parent.right as N;
      if (parent.operator === "=") {
        const s = site(m, name, m.computed as boolean);
        out.prependRight(m.start, `${R}.wp(`);
        between(right.start, ", ");
        out.appendLeft(parent.end, `, ${s})`);
        return;
      }
      const op = (parent.operator as string).slice(0, -1);
      if (op === "&&" || op === "||" || op === "??" || awaits(right)) return;
      const s = site(m, name, m.computed as boolean);
      out.prependRight(m.start, `${R}.cpw(${R}.cpr(`);
      between(right.start, `, ${s}) ${op} (`);
      out.appendLeft(parent.end, "))");
      return;
    }
    if (parent.type === "UpdateExpression") {
      const s = site(m, name, m.computed as boolean);
      const delta = parent.operator === "++" ? 1 : -1;
      if (parent.prefix) {
        out.update(parent.start, m.start, `${R}.up(`);
        between(m.end, `, ${delta}, true, ${s})`);
      } else {
        out.prependRight(m.start, `${R}.up(`);
        between(parent.end, `, ${delta}, false, ${s})`);
      }
      return;
    }
    if (
      (parent.type === "UnaryExpression" && parent.operator === "delete") ||
      (parent.type === "TaggedTemplateExpression" && parent.tag === m) ||
      ((parent.type === "ForInStatement" || parent.type === "ForOfStatement") &&
        parent.left === m) ||
      parent.type === "ArrayPattern" ||
      parent.type === "AssignmentPattern" ||
      parent.type === "RestElement" ||
      (parent.type === "Property" && parent.value === m && isPattern(parents.get(parent)))
    )
      return;
    const s = site(m, name, m.computed as boolean);
    out.prependRight(m.start, `${R}.rp(`);
    between(m.end, `, ${s})`);
  }

  // Last, so that they enclose every wrapper at the same place.
  for (const [pos, texts] of inserts) out.prependRight(pos, `${texts.join(" ")} `);
  for (const pos of closers) out.appendLeft(pos, " }");

  // The prologue: the hooks, the sites' places in the learner's file, the module's own cells.
  const trace = new TraceMap(map);
  const table = sites.map((e) => {
    const p = originalPositionFor(trace, {
      line: e.node.loc.start.line,
      column: e.node.loc.start.column,
    });
    return [p.line ?? 0, (p.column ?? 0) + 1, e.fn, e.name, e.computed ? 1 : 0];
  });
  out.prepend(
    `const ${R} = globalThis[${JSON.stringify(raceHooksGlobal)}]; if (${R} === undefined) throw new Error("this program was compiled for the race detector: publish raceHooks from go/run as globalThis.${raceHooksGlobal}"); const ${S} = ${R}.sites(${JSON.stringify(filename)}, ${JSON.stringify(table)});\n`,
  );
  const outer = out.generateMap({ hires: true, source: filename });
  return { code: out.toString(), map: compose(outer.mappings, trace, filename) };
}

// Where a variable's cell is made: at the start of the body of the scope
// that creates its binding, or null for a variable never worth watching.
function cellPlace(
  v: Variable,
  scope: Scope,
): { at: number; wrap: N | null; head: N | null } | null {
  const def = v.defs[0];
  if (def === undefined || v.defs.length > 1) return null;
  const block = scope.block as unknown as N;
  if (def.type === "Parameter") {
    const body = block.body as N;
    if (body?.type !== "BlockStatement") return null;
    return { at: body.start + 1, wrap: null, head: null };
  }
  if (def.type !== "Variable") return null;
  const kind = (def.parent as unknown as N).kind as string;
  if (kind === "const") return null;
  const target = kind === "var" ? scope.variableScope : scope;
  const b = target.block as unknown as N;
  switch (target.type) {
    case "module":
    case "global":
      return { at: b.start, wrap: null, head: null };
    case "function":
      if ((b.body as N).type !== "BlockStatement") return null;
      return { at: (b.body as N).start + 1, wrap: null, head: null };
    case "block":
      return b.type === "BlockStatement" ? { at: b.start + 1, wrap: null, head: null } : null;
    case "for": {
      const body = b.body as N;
      const head = { start: b.start, end: body.start } as N;
      if (body.type === "BlockStatement") return { at: body.start + 1, wrap: null, head };
      return { at: body.start, wrap: body, head };
    }
    default:
      return null;
  }
}

// Written after its declaration, and reached from a function other than its own.
function shared(v: Variable): boolean {
  const home = v.scope.variableScope;
  let written = false;
  let captured = false;
  for (const ref of v.references) {
    if (ref.isWrite() && !ref.init) written = true;
    if (ref.from.variableScope !== home) captured = true;
  }
  // A var is also written by its initializer each time its declaration runs.
  if ((v.defs[0]?.parent as unknown as N | undefined)?.kind === "var") written ||= captured;
  return written && captured;
}

const printers = new Set(["print", "printf", "println", "sprint", "sprintf", "sprintln", "errorf"]);

// An expression as a report names it.
function short(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}

function within(node: N, range: N): boolean {
  return node.start >= range.start && node.end <= range.end;
}

function isPattern(node: N | undefined): boolean {
  return node !== undefined && (node.type === "ObjectPattern" || node.type === "ArrayPattern");
}

// Whether evaluating `node` may await (nested functions aside).
function awaits(node: N): boolean {
  let found = false;
  walk(node, null, (n) => {
    if (n.type === "AwaitExpression" || n.type === "YieldExpression") found = true;
  });
  return found;
}

function isFunction(n: N): boolean {
  return (
    n.type === "FunctionDeclaration" ||
    n.type === "FunctionExpression" ||
    n.type === "ArrowFunctionExpression"
  );
}

/** Names every function as Go names functions in a traceback: `main.main`, `main.main.func1`, `main.Counter.inc`. */
function nameFunctions(ast: N, names: Map<N, string>): void {
  const counters = new Map<string, number>();
  const visit = (node: N, parent: N | null, owner: string | null, className: string | null) => {
    let nextOwner = owner;
    let nextClass = className;
    if (node.type === "ClassDeclaration" || node.type === "ClassExpression")
      nextClass = (node.id?.name as string | undefined) ?? className ?? "class";
    if (isFunction(node)) {
      let own: string | null = (node.id?.name as string | undefined) ?? null;
      if (own === null && parent !== null) {
        if (parent.type === "VariableDeclarator" && parent.init === node)
          own = parent.id.type === "Identifier" ? parent.id.name : null;
        else if (
          (parent.type === "MethodDefinition" ||
            parent.type === "Property" ||
            parent.type === "PropertyDefinition") &&
          !parent.computed
        )
          own = parent.key.name ?? parent.key.value ?? null;
      }
      let name: string;
      if (parent?.type === "MethodDefinition" && className !== null)
        name = `main.${className}.${own}`;
      else if (own !== null) name = owner === null ? `main.${own}` : `${owner}.${own}`;
      else {
        const base = owner ?? "main.init";
        const n = (counters.get(base) ?? 0) + 1;
        counters.set(base, n);
        name =
          owner !== null && /\.func\d+(\.\d+)*$/.test(owner) ? `${base}.${n}` : `${base}.func${n}`;
      }
      names.set(node, name);
      nextOwner = name;
    }
    for (const child of children(node)) visit(child, node, nextOwner, nextClass);
  };
  visit(ast, null, null, null);
}

function children(node: N): N[] {
  const out: N[] = [];
  for (const key in node) {
    if (key === "loc" || key === "type" || key === "start" || key === "end") continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v)
        if (c !== null && typeof c === "object" && typeof c.type === "string") out.push(c);
    } else if (v !== null && typeof v === "object" && typeof v.type === "string") out.push(v);
  }
  return out;
}

/** Visits every node, parents before (enter) and after (leave) their children; nested functions too. */
function walk(
  node: N,
  parent: N | null,
  enter: (node: N, parent: N | null) => void,
  leave?: (node: N, parent: N | null) => void,
): void {
  enter(node, parent);
  for (const child of children(node)) walk(child, node, enter, leave);
  leave?.(node, parent);
}

// The innermost scope around `node`: found from the closest enclosing node that has one.
function scopeOf(manager: ReturnType<typeof analyze>, node: N, parents: Map<N, N>): Scope | null {
  for (let n: N | undefined = node; n !== undefined; n = parents.get(n)) {
    const s = manager.acquire(n as never, true);
    if (s !== null) return s;
  }
  return manager.globalScope;
}

// Instrumented → compiled (magic-string's map), then compiled → TypeScript.
function compose(mappings: string, inner: TraceMap, filename: string): string {
  const lines = decode(mappings).map((line) => {
    const segs: SourceMapSegment[] = [];
    for (const seg of line) {
      if (seg.length < 4) continue;
      const [column, , sourceLine, sourceColumn] = seg as [number, number, number, number];
      const t = traceSegment(inner, sourceLine, sourceColumn);
      if (t === null || t.length < 4) continue;
      const [, , line, col] = t as [number, number, number, number];
      segs.push([column, 0, line, col]);
    }
    return segs;
  });
  const sourcesContent = (inner as unknown as { sourcesContent?: (string | null)[] })
    .sourcesContent;
  return JSON.stringify({
    version: 3,
    sources: [filename],
    sourcesContent: sourcesContent ?? null,
    names: [],
    mappings: encode(lines),
  });
}
