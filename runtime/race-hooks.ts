// What a program compiled with race instrumentation calls at each access to
// shared memory (see src/client/playground/race-instrument.ts): reads and
// writes of captured variables, of properties and array elements, and the
// methods that read or change an Array's, a Map's or a Set's contents. Each
// hook does what the access would have done, and tells the detector
// (race.ts) when a run has one; without one it is a plain access.
//
// The embedder publishes this module (`raceHooks` from `go/run`) as
// `globalThis.__goRace` before it loads an instrumented program.

import { Cell, contents, race, Site } from "./race.ts";

type Obj = Record<PropertyKey, unknown>;

/** The sites of a module: `[line, column, function, name, computed]` for each, in `file`. */
export function sites(
  file: string,
  table: readonly (readonly [number, number, string, string, number])[],
): Site[] {
  return table.map(
    ([line, column, fn, name, computed]) =>
      new Site(file, line, column, fn, name, computed === 1),
  );
}

/** The shadow of a new variable (one per binding: a loop's `let` gets one per iteration). */
export function v(): Cell {
  return new Cell(null);
}

/** A read of a variable. */
export function r(c: Cell, s: Site): void {
  if (race !== null) race.read(c, s);
}

/** A write of a variable that has just happened; returns what the assignment evaluated to. */
export function w<T>(c: Cell, s: Site, value: T): T {
  if (race !== null) race.write(c, s);
  return value;
}

const cells = new WeakMap<object, Map<PropertyKey, Cell>>();

function cellOf(o: object, k: PropertyKey): Cell {
  let m = cells.get(o);
  if (m === undefined) cells.set(o, (m = new Map()));
  let c = m.get(k);
  if (c === undefined) m.set(k, (c = new Cell(k)));
  return c;
}

function isObject(o: unknown): o is object {
  return (typeof o === "object" && o !== null) || typeof o === "function";
}

// An array's length and a Map's or Set's size are its contents, as one
// variable. An element's key is its index as a number, however it is written.
function propCell(o: object, k: unknown): Cell {
  if (Array.isArray(o)) {
    if (k === "length") return cellOf(o, contents);
    if (typeof k === "string" && String(Number(k)) === k && Number(k) >= 0)
      return cellOf(o, Number(k));
  } else if (k === "size" && (o instanceof Map || o instanceof Set))
    return cellOf(o, contents);
  return cellOf(o, k as PropertyKey);
}

/**
 * The cells of everything `o` holds, one level down: an array's every
 * element (and its length), a Map's or Set's contents, an object's own
 * enumerable properties, and any other property the program has touched.
 * An element or property no access has reached yet gets its cell now, so
 * that a whole read races with a later write of any one element, as a read
 * of a Go slice races with a write of one of its elements.
 */
function everyCell(o: object): Iterable<Cell> {
  if (Array.isArray(o)) {
    cellOf(o, contents);
    for (let i = 0; i < o.length; i++) cellOf(o, i);
  } else if (o instanceof Map || o instanceof Set) cellOf(o, contents);
  else if (typeof o === "object") for (const k of Object.keys(o)) cellOf(o, k);
  return cells.get(o)?.values() ?? [];
}

/** `o[k]` read. */
export function rp(o: unknown, k: unknown, s: Site): unknown {
  if (race !== null && isObject(o)) race.read(propCell(o, k), s);
  return (o as Obj)[k as PropertyKey];
}

/** `o[k] = value`. */
export function wp<T>(o: unknown, k: unknown, value: T, s: Site): T {
  const grows =
    Array.isArray(o) && typeof k === "number" && k >= (o as unknown[]).length;
  (o as Obj)[k as PropertyKey] = value;
  if (race !== null && isObject(o)) {
    race.write(propCell(o, k), s);
    if (grows) race.write(cellOf(o, contents), s);
  }
  return value;
}

/** `o[k]++`, `o[k]--`, `++o[k]`, `--o[k]`: a read then a write. */
export function up(
  o: unknown,
  k: unknown,
  delta: 1 | -1,
  prefix: boolean,
  s: Site,
): unknown {
  const obj = o as Obj;
  const key = k as PropertyKey;
  const raw = obj[key];
  const old = typeof raw === "bigint" ? raw : Number(raw);
  const next =
    typeof old === "bigint" ? old + BigInt(delta) : (old as number) + delta;
  if (race !== null && isObject(o)) race.read(propCell(o, k), s);
  obj[key] = next;
  if (race !== null && isObject(o)) race.write(propCell(o, k), s);
  return prefix ? next : old;
}

// `o[k] op= v` is cpw(cpr(o, k) op v): the read, then v, then the write.
// Nothing can switch goroutines in between (the instrumentation keeps
// `await` out of v), so a stack holds the target.
const pending: [unknown, unknown, Site][] = [];

/** The read half of `o[k] op= v`. */
export function cpr(o: unknown, k: unknown, s: Site): unknown {
  const v = (o as Obj)[k as PropertyKey];
  if (race !== null && isObject(o)) race.read(propCell(o, k), s);
  pending.push([o, k, s]);
  return v;
}

/** The write half of `o[k] op= v`. */
export function cpw<T>(value: T): T {
  const [o, k, s] = pending.pop()!;
  (o as Obj)[k as PropertyKey] = value;
  if (race !== null && isObject(o)) race.write(propCell(o, k), s);
  return value;
}

const arrayWrites = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
]);
// Methods that move or rewrite elements, not only the end: they write every element.
const arrayRewrites = new Set([
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
]);
const collectionWrites = new Set(["set", "add", "delete", "clear"]);
// Methods that read every element (the rest, such as `at`, `find` or
// `includes`, may stop early: they read the elements accesses have reached).
const arrayWholeReads = new Set([
  "concat",
  "entries",
  "filter",
  "flat",
  "flatMap",
  "forEach",
  "join",
  "map",
  "reduce",
  "reduceRight",
  "toReversed",
  "toSorted",
  "toSpliced",
  "values",
  "with",
]);

/** The method names the instrumentation routes through `m`. */
export const methods: readonly string[] = [
  ...arrayWrites,
  ...collectionWrites,
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
];

/**
 * A method call `o.name(...)` on an Array, a Map or a Set: reads or changes
 * its contents. Anything else (a channel, a mutex, the learner's own
 * objects) is not an access. Returns `o`, on which the call then goes on.
 */
export function m<O>(o: O, name: string, s: Site): O {
  const d = race;
  if (d === null) return o;
  if (Array.isArray(o)) {
    if (arrayWrites.has(name)) {
      d.read(cellOf(o, contents), s);
      d.write(cellOf(o, contents), s);
      if (arrayRewrites.has(name))
        for (const c of everyCell(o)) if (c.key !== contents) d.write(c, s);
    } else if (arrayWholeReads.has(name)) {
      for (const c of everyCell(o)) d.read(c, s);
    } else {
      d.read(cellOf(o, contents), s);
      const all = cells.get(o);
      if (all !== undefined)
        for (const c of all.values()) if (c.key !== contents) d.read(c, s);
    }
  } else if (o instanceof Map || o instanceof Set) {
    if (collectionWrites.has(name)) {
      d.read(cellOf(o, contents), s);
      d.write(cellOf(o, contents), s);
    } else d.read(cellOf(o, contents), s);
  }
  return o;
}

/**
 * A value read whole: handed to `fmt`, `console.log` or `JSON.stringify`
 * (Go's fmt is instrumented; ours is not), walked by `for…of` or spread
 * with `...`. Every element or property of it, one level down, counts as
 * read here (see everyCell). Returns `v`.
 */
export function pr<T>(v: T, s: Site): T {
  const d = race;
  if (d !== null && isObject(v)) for (const c of everyCell(v)) d.read(c, s);
  return v;
}
