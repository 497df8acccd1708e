/**
 * Go's `fmt` formatting as pure functions: `sprintf`, `sprint`, `sprintln`,
 * `errorf`, and what `console.log` prints inside a program. Nothing here
 * writes output; the runtime's `fmt` module prints what these return.
 *
 * JavaScript values are read as the Go values a Go programmer would have
 * written: an integer number is an `int`, any other number a `float64`, a
 * string a `string`, `null` and `undefined` are `nil`, an array is a slice, a
 * `Map` a map, a plain object a struct, and an `Error` an `error` whose
 * `Error()` is its `message`.
 *
 * @module
 */

import { ErrorString, JoinError, WrapError, WrapErrors } from "./errors.ts";

/**
 * The property by which an object declares its Go type for `%T`, and so how
 * `fmt` prints it: a type starting with `chan`, `<-chan` or `func` prints as
 * an address (as Go prints channels and funcs), one starting with `*` as a
 * pointer to a struct (`&{...}` at the top level, an address inside another
 * value), anything else as a struct. Its text, if any, comes from its
 * `toString` method (Go's `String() string`).
 *
 * ```ts
 * class Chan { get [goType]() { return "chan int"; } }
 * ```
 */
export const goType: unique symbol = Symbol.for("go.type");

/** Go's numeric types, for numbers whose type is not the default `int` or `float64`. */
type NumKind =
  | "int"
  | "int8"
  | "int16"
  | "int32"
  | "int64"
  | "uint8"
  | "uint16"
  | "uint32"
  | "uint64"
  | "float32"
  | "float64";

const MIN_INT64 = -(2 ** 63);
const MAX_RUNE = 0x10ffff;
const REPLACEMENT = 0xfffd;
const TOO_LARGE = 1e6;

const encoder = new TextEncoder();

/** The empty struct: what a `Set` holds for each member, as Go's `map[T]struct{}` does. */
const EMPTY_STRUCT: object = Object.freeze({});

/** Go's conversion of an integer to uint64, which %c, %q and %U read. */
function toUint64(v: number | bigint): bigint {
  return BigInt.asUintN(64, BigInt(v));
}

/** Whether a number is a Go `int`: an integer in int64's range (larger ones only a float64 holds). */
function isGoInt(v: number): boolean {
  return Number.isInteger(v) && v >= MIN_INT64 && v < -MIN_INT64;
}

// ---------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------

// Go prints pointers, channels and funcs as addresses. JavaScript has none, so
// each object gets one the first time it is printed, in a heap-like range.
const FIRST_ADDRESS = 0xc000010000;
let addresses = new WeakMap<object, number>();
let nextAddress = FIRST_ADDRESS;

function addressOf(o: object): number {
  let a = addresses.get(o);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x10;
    addresses.set(o, a);
  }
  return a;
}

/**
 * Forgets every address given so far: the runtime calls it when a program
 * starts so that `%p` and printed channels show the same addresses on every
 * run of the same program.
 */
export function resetAddresses(): void {
  addresses = new WeakMap();
  nextAddress = FIRST_ADDRESS;
}

// ---------------------------------------------------------------------------
// Runes and strings
// ---------------------------------------------------------------------------

/**
 * The runes of a string, as Go would see the string's UTF-8 encoding. A lone
 * surrogate has no UTF-8 encoding; `TextEncoder` writes U+FFFD for it, so
 * this does too.
 */
function stringRunes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    out.push(r >= 0xd800 && r <= 0xdfff ? REPLACEMENT : r);
  }
  return out;
}

/**
 * Decodes UTF-8 as Go's `utf8.DecodeRune` does: each byte that does not start
 * a valid encoding is one rune on its own. Such a byte is returned as
 * `-1 - byte` so that `%q` can print it as `\xNN`, as Go does.
 */
function byteRunes(b: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c < 0x80) {
      out.push(c);
      i++;
      continue;
    }
    let need = 0;
    let r = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) [need, r, min] = [1, c & 0x1f, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, r, min] = [2, c & 0x0f, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, r, min] = [3, c & 0x07, 0x10000];
    let ok = need > 0 && i + need < b.length;
    for (let k = 1; ok && k <= need; k++) {
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) ok = false;
      else r = (r << 6) | (cc & 0x3f);
    }
    if (ok && r >= min && r <= MAX_RUNE && !(r >= 0xd800 && r <= 0xdfff)) {
      out.push(r);
      i += need + 1;
    } else {
      out.push(-1 - c);
      i++;
    }
  }
  return out;
}

function runesToString(runes: readonly number[]): string {
  let s = "";
  for (const r of runes) s += String.fromCodePoint(r < 0 ? REPLACEMENT : r);
  return s;
}

/** The number of runes (code points) in a string: what Go's widths count. */
function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** The first `n` runes of `s`. */
function truncateRunes(s: string, n: number): string {
  let i = 0;
  for (let count = 0; i < s.length && count < n; count++) {
    const c = s.charCodeAt(i);
    i +=
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
        ? 2
        : 1;
  }
  return s.slice(0, i);
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrint(r: number): boolean {
  if (r < 0x7f) return r >= 0x20;
  if (r < 0xa1) return false;
  return r <= MAX_RUNE && PRINTABLE.test(String.fromCodePoint(r));
}

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, "0");
}

/** One rune inside a Go quoted literal, escaped as `strconv.Quote` escapes it. */
function escapeRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r < 0) return "\\x" + hex(-1 - r, 2);
  if (r === quote || r === 0x5c) return "\\" + String.fromCodePoint(r);
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r))
    return String.fromCodePoint(r);
  switch (r) {
    case 0x07:
      return "\\a";
    case 0x08:
      return "\\b";
    case 0x0c:
      return "\\f";
    case 0x0a:
      return "\\n";
    case 0x0d:
      return "\\r";
    case 0x09:
      return "\\t";
    case 0x0b:
      return "\\v";
  }
  if (r < 0x20 || r === 0x7f) return "\\x" + hex(r, 2);
  if (r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff)) r = REPLACEMENT;
  return r < 0x10000 ? "\\u" + hex(r, 4) : "\\U" + hex(r, 8);
}

/** Go's `strconv.Quote` (or `QuoteToASCII` when `asciiOnly`). */
function quote(runes: readonly number[], asciiOnly: boolean): string {
  let s = '"';
  for (const r of runes) s += escapeRune(r, 0x22, asciiOnly);
  return s + '"';
}

/** Go's `strconv.CanBackquote`. */
function canBackquote(runes: readonly number[]): boolean {
  return runes.every(
    (r) =>
      r >= 0 &&
      r !== 0xfeff &&
      (r >= 0x80 || ((r >= 0x20 || r === 0x09) && r !== 0x60 && r !== 0x7f)),
  );
}

/** Code-point order, which is the byte order of the UTF-8 encodings that Go compares. */
function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // UTF-16 puts surrogates below U+E000..U+FFFF; code points put them above.
      if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      return x - y;
    }
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------------------
// Floating point, as Go's strconv.FormatFloat does it
// ---------------------------------------------------------------------------

/** Decimal digits `d` (no leading or trailing zeros) with the point at `dp`: 0.d × 10^dp. */
interface Decimal {
  d: string;
  dp: number;
}

function trimDecimal(d: string, dp: number): Decimal {
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === 0x30) end--;
  return end === 0 ? { d: "", dp: 0 } : { d: d.slice(0, end), dp };
}

/** A finite non-negative value as `mant × 2^exp` with an integer `mant`, for a float of `bits` bits. */
function decompose(v: number, bits: 32 | 64): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  if (bits === 32) {
    view.setFloat32(0, v);
    const w = view.getUint32(0);
    const e = (w >>> 23) & 0xff;
    const frac = BigInt(w & 0x7fffff);
    return e === 0
      ? { mant: frac, exp: -149 }
      : { mant: frac | (1n << 23n), exp: e - 150 };
  }
  view.setFloat64(0, v);
  const w = view.getBigUint64(0);
  const e = Number((w >> 52n) & 0x7ffn);
  const frac = w & ((1n << 52n) - 1n);
  return e === 0
    ? { mant: frac, exp: -1074 }
    : { mant: frac | (1n << 52n), exp: e - 1075 };
}

/** Every decimal digit of a finite non-negative double: every double has a finite expansion. */
function exactDecimal(v: number): Decimal {
  if (v === 0) return { d: "", dp: 0 };
  const { mant, exp } = decompose(v, 64);
  if (exp >= 0) {
    const d = (mant << BigInt(exp)).toString();
    return trimDecimal(d, d.length);
  }
  const d = (mant * 5n ** BigInt(-exp)).toString();
  return trimDecimal(d, d.length + exp);
}

/** Parses a JavaScript number's text (`123.4`, `1.5e-7`) into a Decimal. */
function parseDecimal(s: string): Decimal {
  const e = s.indexOf("e");
  const mant = e < 0 ? s : s.slice(0, e);
  const exp10 = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mant.indexOf(".");
  const int = dot < 0 ? mant : mant.slice(0, dot);
  let d = int + (dot < 0 ? "" : mant.slice(dot + 1));
  let dp = int.length + exp10;
  let start = 0;
  while (start < d.length && d.charCodeAt(start) === 0x30) start++;
  d = d.slice(start);
  dp -= start;
  return trimDecimal(d, dp);
}

/**
 * The shortest digits that read back as `v`. JavaScript's `String(v)` gives
 * them for a double, choosing the closest when several are as short, as Go
 * does; for a float32, the shortest `toPrecision` that rounds back is used.
 */
function shortestDecimal(v: number, bits: 32 | 64): Decimal {
  if (v === 0) return { d: "", dp: 0 };
  if (bits === 32) {
    for (let p = 1; p < 9; p++) {
      const s = v.toPrecision(p);
      if (Math.fround(Number(s)) === v) return parseDecimal(String(Number(s)));
    }
    return parseDecimal(String(Number(v.toPrecision(9))));
  }
  return parseDecimal(String(v));
}

/** Rounds to `nd` digits, halves to even, as Go's `decimal.Round` (the values are exact, so a tie is a tie). */
function roundDecimal(x: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= x.d.length) return x;
  const c = x.d.charCodeAt(nd);
  const up =
    c === 0x35 && nd + 1 === x.d.length
      ? nd > 0 && (x.d.charCodeAt(nd - 1) - 0x30) % 2 === 1
      : c >= 0x35;
  if (!up) return trimDecimal(x.d.slice(0, nd), x.dp);
  let i = nd - 1;
  while (i >= 0 && x.d[i] === "9") i--;
  if (i < 0) return { d: "1", dp: x.dp + 1 };
  return {
    d: x.d.slice(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1),
    dp: x.dp,
  };
}

// JavaScript's toFixed and toExponential round the exact value correctly,
// as Go does, except for an exact half, which they round away from zero and
// Go to even. A half needs a value with few fractional bits: the checks below
// find those cheaply (multiplying by a power of two is exact), and only they
// take the slow exact path.

/** `v` rounded to `prec` places after the point, as Go's %f. */
function roundedFixed(v: number, prec: number): Decimal {
  // A half at place `prec` needs exactly prec+1 fractional bits.
  if (v < 1e21 && prec <= 100 && !Number.isInteger(v * 2 ** (prec + 1)))
    return parseDecimal(v.toFixed(prec));
  const x = exactDecimal(v);
  return roundDecimal(x, x.dp + prec);
}

/** `v` rounded to `digits` significant digits, as Go's %e and %g. */
function roundedDigits(v: number, digits: number): Decimal {
  if (v === 0) return { d: "", dp: 0 };
  // A half at the last digit needs at most k fractional bits (k allows for log10's error).
  const k = digits - Math.floor(Math.log10(v)) + 1;
  if (digits <= 101 && k < 1000 && !Number.isInteger(v * 2 ** k))
    return parseDecimal(v.toExponential(digits - 1));
  return roundDecimal(exactDecimal(v), digits);
}

function formatExponent(exp: number, minDigits: number): string {
  return (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(minDigits, "0");
}

/** %e: d.ddde±dd */
function fmtE(x: Decimal, prec: number, e: string): string {
  let s = x.d.length === 0 ? "0" : x.d[0]!;
  if (prec > 0) {
    const frac = x.d.slice(1, prec + 1);
    s += "." + frac + "0".repeat(prec - frac.length);
  }
  return s + e + formatExponent(x.d.length === 0 ? 0 : x.dp - 1, 2);
}

/** %f: ddd.ddd */
function fmtF(x: Decimal, prec: number): string {
  const int = x.dp > 0 ? x.d.slice(0, x.dp).padEnd(x.dp, "0") : "0";
  if (prec <= 0) return int;
  // The digits after the point: zeros up to the first digit, the digits, zeros after.
  const lead = Math.min(Math.max(-x.dp, 0), prec);
  const frac =
    "0".repeat(lead) +
    x.d.slice(Math.max(x.dp, 0), Math.max(x.dp, 0) + prec - lead);
  return int + "." + frac.padEnd(prec, "0");
}

/** %x of a float: -0x1.yyyyp±dd, rounded to `prec` hex digits (all when negative). */
function fmtHexFloat(
  v: number,
  bits: 32 | 64,
  prec: number,
  upper: boolean,
): string {
  const { mant, exp: exp2 } = decompose(v, bits);
  const mantBits = bits === 32 ? 23 : 52;
  const bit60 = 1n << 60n;
  let m = mant << BigInt(60 - mantBits);
  let exp = m === 0n ? 0 : exp2 + mantBits;
  while (m !== 0n && (m & bit60) === 0n) {
    m <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    // Keep 1 + 4*prec bits, rounding the dropped ones half to even.
    const drop = BigInt(60 - prec * 4);
    const rest = m & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    m >>= drop;
    if (rest > half || (rest === half && (m & 1n) === 1n)) m++;
    m <<= drop;
    // Rounding 1.fff… up can carry into a new leading bit.
    if (m >= 1n << 61n) {
      m >>= 1n;
      exp++;
    }
  }
  let s = "0x" + String((m >> 60n) & 1n);
  let frac = m & (bit60 - 1n);
  if ((prec < 0 && frac !== 0n) || prec > 0) {
    s += ".";
    for (let i = 0; prec < 0 ? frac !== 0n : i < prec; i++) {
      frac <<= 4n;
      s += ((frac >> 60n) & 15n).toString(16);
      frac &= bit60 - 1n;
    }
  }
  s += "p" + formatExponent(exp, 2);
  return upper ? s.toUpperCase() : s;
}

/**
 * Go's `strconv.FormatFloat(v, fmt, prec, bits)` for the formats fmt uses:
 * `b e E f g G x X`; a negative `prec` asks for the shortest exact text.
 */
function formatFloat(
  v: number,
  fmt: string,
  prec: number,
  bits: 32 | 64,
): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  const sign = v < 0 || Object.is(v, -0) ? "-" : "";
  const abs = Math.abs(v);
  if (fmt === "b") {
    const { mant, exp } = decompose(abs, bits);
    return (
      sign + String(mant) + "p" + (exp >= 0 ? "+" : "-") + String(Math.abs(exp))
    );
  }
  if (fmt === "x" || fmt === "X")
    return sign + fmtHexFloat(abs, bits, prec, fmt === "X");
  const shortest = prec < 0;
  let x: Decimal;
  if (shortest) {
    x = shortestDecimal(abs, bits);
    prec =
      fmt === "e" || fmt === "E"
        ? Math.max(x.d.length - 1, 0)
        : fmt === "f"
          ? Math.max(x.d.length - x.dp, 0)
          : x.d.length;
  } else {
    if (fmt === "g" || fmt === "G") prec ||= 1;
    x =
      fmt === "f"
        ? roundedFixed(abs, prec)
        : roundedDigits(abs, fmt === "e" || fmt === "E" ? prec + 1 : prec);
  }
  if (fmt === "e" || fmt === "E") return sign + fmtE(x, prec, fmt);
  if (fmt === "f") return sign + fmtF(x, prec);
  // %g: %e for large and small exponents, %f otherwise.
  let eprec = prec;
  if (eprec > x.d.length && x.d.length >= x.dp) eprec = x.d.length;
  if (shortest) eprec = 6;
  const exp = x.dp - 1;
  if (exp < -4 || exp >= eprec) {
    return (
      sign + fmtE(x, Math.min(prec, x.d.length) - 1, fmt === "g" ? "e" : "E")
    );
  }
  return sign + fmtF(x, Math.max((prec > x.dp ? x.d.length : prec) - x.dp, 0));
}

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

const TYPED_ARRAYS: readonly [
  new (n: number) => ArrayLike<number | bigint>,
  NumKind,
][] = [
  [Uint8Array, "uint8"],
  [Uint8ClampedArray, "uint8"],
  [Int8Array, "int8"],
  [Int16Array, "int16"],
  [Uint16Array, "uint16"],
  [Int32Array, "int32"],
  [Uint32Array, "uint32"],
  [Float32Array, "float32"],
  [Float64Array, "float64"],
  [BigInt64Array, "int64"],
  [BigUint64Array, "uint64"],
];

/** The Go element type of a typed array, or undefined for anything else. */
function typedArrayKind(v: object): NumKind | undefined {
  if (!ArrayBuffer.isView(v)) return undefined;
  for (const [ctor, kind] of TYPED_ARRAYS) if (v instanceof ctor) return kind;
  return undefined;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The Go type an object declares, by the `goType` property, by being one of
 * the errors of `go/errors`, or by its class; undefined for arrays, maps,
 * sets, functions and plain objects, whose type follows from their contents.
 */
function declaredType(v: object): string | undefined {
  const declared = (v as { [goType]?: unknown })[goType];
  if (typeof declared === "string") return declared;
  if (
    typeof v === "function" ||
    Array.isArray(v) ||
    ArrayBuffer.isView(v) ||
    v instanceof Map ||
    v instanceof Set
  ) {
    return undefined;
  }
  if (v instanceof Error) {
    if (v instanceof WrapError) return "*fmt.wrapError";
    if (v instanceof WrapErrors) return "*fmt.wrapErrors";
    if (v instanceof JoinError) return "*errors.joinError";
    if (v instanceof ErrorString || v.constructor === Error)
      return "*errors.errorString";
    return "*main." + (v.constructor?.name || "error");
  }
  if (isPlainObject(v)) return undefined;
  const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" ? "main." + name : undefined;
}

/** The one type of several values: theirs when they agree, float64 for mixed numbers, else interface {}. */
function commonType(values: Iterable<unknown>, seen: Set<object>): string {
  let common: string | undefined;
  for (const v of values) {
    const t = typeName(v, seen);
    if (common === undefined || common === t) common = t;
    else if (
      (common === "int" || common === "float64") &&
      (t === "int" || t === "float64")
    )
      common = "float64";
    else return "interface {}";
  }
  return common === undefined || common === "<nil>" ? "interface {}" : common;
}

function typeName(v: unknown, seen: Set<object>): string {
  switch (typeof v) {
    case "undefined":
      return "<nil>";
    case "boolean":
      return "bool";
    case "string":
      return "string";
    case "number":
      return isGoInt(v) ? "int" : "float64";
    case "bigint":
      return "int64";
    case "symbol":
      return "symbol";
    case "function":
      return declaredType(v) ?? "func()";
  }
  if (v === null) return "<nil>";
  const o = v as object;
  const declared = declaredType(o);
  if (declared !== undefined) return declared;
  // A value that contains itself has no finite Go type; say interface {} where it recurs.
  if (seen.has(o)) return "interface {}";
  seen.add(o);
  try {
    const kind = typedArrayKind(o);
    if (kind !== undefined) return "[]" + kind;
    if (Array.isArray(o)) return "[]" + commonType(o, seen);
    if (o instanceof Map)
      return (
        "map[" + commonType(o.keys(), seen) + "]" + commonType(o.values(), seen)
      );
    if (o instanceof Set) return "map[" + commonType(o, seen) + "]struct {}";
    const fields = Object.keys(o).map((k) => {
      const t = typeName((o as Record<string, unknown>)[k], seen);
      return k + " " + (t === "<nil>" ? "interface {}" : t);
    });
    return fields.length === 0
      ? "struct {}"
      : "struct { " + fields.join("; ") + " }";
  } finally {
    seen.delete(o);
  }
}

/**
 * The Go type of a value, as `%T` prints it: `int`, `float64`, `string`,
 * `bool`, `<nil>`, `[]int`, `map[string]int`, `func()`, `main.Point` for an
 * instance of class `Point`, `*errors.errorString` for `errors.new`'s errors,
 * `*fmt.wrapError` for `fmt.errorf`'s, `struct { a int }` for a plain object,
 * or what the object declares with the {@link goType} property.
 */
export function goTypeName(v: unknown): string {
  return typeName(v, new Set());
}

/** How an object prints when it has no `toString` or `message` that fmt uses. */
type ObjectKind = "opaque" | "pointer" | "struct";

function objectKind(v: object): ObjectKind {
  if (typeof v === "function") return "opaque";
  const t = declaredType(v);
  if (t === undefined) return "struct";
  if (/^(chan\b|<-chan\b|func\b|unsafe\.Pointer$)/.test(t)) return "opaque";
  return t.startsWith("*") ? "pointer" : "struct";
}

/** The fields of a struct-like object, as Go's `%+v` would name them. */
function structFields(v: object): [string, unknown][] {
  if (v instanceof WrapError)
    return [
      ["msg", v.message],
      ["err", v.unwrap()],
    ];
  if (v instanceof WrapErrors)
    return [
      ["msg", v.message],
      ["errs", v.unwrap()],
    ];
  if (v instanceof JoinError) return [["errs", v.unwrap()]];
  const fields = Object.keys(v).map((k): [string, unknown] => [
    k,
    (v as Record<string, unknown>)[k],
  ]);
  // An error without fields of its own is errors.New's: its text is its one field.
  if (v instanceof Error && fields.length === 0) return [["s", v.message]];
  return fields;
}

function isStringer(v: object): v is { toString(): unknown } {
  if (typeof v === "function" || Array.isArray(v) || ArrayBuffer.isView(v))
    return false;
  const method = (v as { toString?: unknown }).toString;
  return typeof method === "function" && method !== Object.prototype.toString;
}

/** Ranks for ordering map keys of different types; Go orders those by type, which JavaScript lacks. */
function keyRank(v: unknown): number {
  if (v === null || v === undefined) return 0;
  switch (typeof v) {
    case "boolean":
      return 1;
    case "number":
    case "bigint":
      return 2;
    case "string":
      return 3;
    case "symbol":
      return 5;
  }
  return 4;
}

/** Go's fmtsort order: numbers numerically with NaN first, strings by bytes, false before true, pointers by address. */
function compareKeys(a: unknown, b: unknown): number {
  const ra = keyRank(a);
  const rb = keyRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 1:
      return Number(a) - Number(b);
    case 2: {
      const an = typeof a === "number" && Number.isNaN(a);
      const bn = typeof b === "number" && Number.isNaN(b);
      if (an || bn) return an && bn ? 0 : an ? -1 : 1;
      return (a as number) < (b as number)
        ? -1
        : (a as number) > (b as number)
          ? 1
          : 0;
    }
    case 3:
      return compareStrings(a as string, b as string);
    case 4:
      return addressOf(a as object) - addressOf(b as object);
    case 5:
      return compareStrings(String(a), String(b));
  }
  return 0;
}

// ---------------------------------------------------------------------------
// The printer
// ---------------------------------------------------------------------------

interface Flags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  // %+v and %#v are formats of their own, not flags on %v: they are kept apart
  // from plus and sharp so that nested numbers don't get a sign or a 0x.
  plusV: boolean;
  sharpV: boolean;
  wid: number;
  prec: number;
}

function noFlags(): Flags {
  return {
    widPresent: false,
    precPresent: false,
    minus: false,
    plus: false,
    sharp: false,
    space: false,
    zero: false,
    plusV: false,
    sharpV: false,
    wid: 0,
    prec: 0,
  };
}

/** An integer argument for `*` (width or precision from the arguments), as Go's intFromArg. */
function intArg(v: unknown): number | undefined {
  let n: number | undefined;
  if (typeof v === "number" && isGoInt(v)) n = v;
  else if (typeof v === "bigint" && v >= -(1n << 63n) && v < 1n << 63n)
    n = Number(v);
  return n !== undefined && Math.abs(n) <= TOO_LARGE ? n : undefined;
}

class Printer {
  buf = "";
  f: Flags = noFlags();
  /** The operand being formatted, and its numeric type when that is not the default, for `%!verb(type=value)`. */
  private arg: unknown = undefined;
  private argKind: NumKind | undefined = undefined;
  /** Set while printing a bad verb's operand: its methods are not called then, as in Go. */
  private erroring = false;
  private panicking = false;
  /** Objects being printed, outermost first: a value that contains itself prints as an address where it recurs. */
  private ancestors: Set<object> | undefined;
  wrapErrs = false;
  readonly wrapped: number[] = [];
  reordered = false;
  private goodArgNum = true;

  // --- padding --------------------------------------------------------------

  private writePadding(n: number): void {
    if (n > 0) this.buf += (this.f.zero ? "0" : " ").repeat(n);
  }

  private pad(s: string): void {
    const f = this.f;
    if (!f.widPresent || f.wid === 0) {
      this.buf += s;
      return;
    }
    const width = f.wid - runeCount(s);
    if (f.minus) {
      this.buf += s;
      this.writePadding(width);
    } else {
      this.writePadding(width);
      this.buf += s;
    }
  }

  /** Pads with spaces whatever the `0` flag says: numbers put their zeros in themselves. */
  private padSpaces(s: string): void {
    const zero = this.f.zero;
    this.f.zero = false;
    this.pad(s);
    this.f.zero = zero;
  }

  // --- basic values ----------------------------------------------------------

  private fmtS(s: string): void {
    this.pad(this.f.precPresent ? truncateRunes(s, this.f.prec) : s);
  }

  private fmtQ(runes: number[]): void {
    if (this.f.precPresent) runes = runes.slice(0, this.f.prec);
    if (this.f.sharp && canBackquote(runes))
      this.pad("`" + runesToString(runes) + "`");
    else this.pad(quote(runes, this.f.plus));
  }

  /** Hex of bytes: `%x`, `% x` (spaced), `%#x` (0x), `%# x` (0x on each). */
  private fmtSbx(bytes: Uint8Array, upper: boolean): void {
    const f = this.f;
    const length =
      f.precPresent && f.prec < bytes.length ? f.prec : bytes.length;
    if (length === 0) {
      if (f.widPresent) this.writePadding(f.wid);
      return;
    }
    const prefix = upper ? "0X" : "0x";
    let s = f.sharp ? prefix : "";
    for (let i = 0; i < length; i++) {
      if (f.space && i > 0) s += f.sharp ? " " + prefix : " ";
      s += hex(bytes[i]!, 2);
    }
    if (upper) s = s.toUpperCase();
    if (f.widPresent && f.wid > s.length && !f.minus)
      this.writePadding(f.wid - s.length);
    this.buf += s;
    if (f.widPresent && f.wid > s.length && f.minus)
      this.writePadding(f.wid - s.length);
  }

  private fmtBool(v: boolean, verb: string): void {
    if (verb === "t" || verb === "v") this.pad(v ? "true" : "false");
    else this.badVerb(verb);
  }

  private fmtString(s: string, verb: string): void {
    switch (verb) {
      case "v":
        if (this.f.sharpV) this.fmtQ(stringRunes(s));
        else this.fmtS(s);
        return;
      case "s":
        return this.fmtS(s);
      case "x":
      case "X":
        return this.fmtSbx(encoder.encode(s), verb === "X");
      case "q":
        return this.fmtQ(stringRunes(s));
      default:
        this.badVerb(verb);
    }
  }

  private fmtBytes(v: Uint8Array, verb: string, type: string): void {
    switch (verb) {
      case "v":
      case "d":
        if (this.f.sharpV) {
          this.buf += type + "{";
          v.forEach((c, i) => {
            if (i > 0) this.buf += ", ";
            this.fmt0x64(c, true);
          });
          this.buf += "}";
        } else {
          this.buf += "[";
          v.forEach((c, i) => {
            if (i > 0) this.buf += " ";
            this.fmtInt(c, 10, false, verb, false);
          });
          this.buf += "]";
        }
        return;
      case "s": {
        const runes = byteRunes(v);
        return this.pad(
          runesToString(
            this.f.precPresent ? runes.slice(0, this.f.prec) : runes,
          ),
        );
      }
      case "x":
      case "X":
        return this.fmtSbx(v, verb === "X");
      case "q":
        return this.fmtQ(byteRunes(v));
      default:
        this.printSlice(v, verb, 0, "uint8");
    }
  }

  /** Go's fmt.fmtInteger: digits in `base`, leading zeros for precision or the `0` flag, then prefixes and sign. */
  private fmtInt(
    v: number | bigint,
    base: 2 | 8 | 10 | 16,
    signed: boolean,
    verb: string,
    upper: boolean,
  ): void {
    const f = this.f;
    const negative = signed && v < 0;
    let u: number | bigint = negative ? -v : v;
    if (typeof u === "number" && !Number.isSafeInteger(u)) u = BigInt(u);
    let prec = 0;
    if (f.precPresent) {
      prec = f.prec;
      // Precision 0 and value 0 print nothing but the padding.
      if (prec === 0 && u == 0) {
        const zero = f.zero;
        f.zero = false;
        this.writePadding(f.wid);
        f.zero = zero;
        return;
      }
    } else if (f.zero && f.widPresent) {
      prec = f.wid;
      if (negative || f.plus || f.space) prec--;
    }
    let s = u.toString(base);
    if (upper) s = s.toUpperCase();
    if (s.length < prec) s = "0".repeat(prec - s.length) + s;
    if (f.sharp) {
      if (base === 2) s = "0b" + s;
      else if (base === 8 && s[0] !== "0") s = "0" + s;
      else if (base === 16) s = (upper ? "0X" : "0x") + s;
    }
    if (verb === "O") s = "0o" + s;
    if (negative) s = "-" + s;
    else if (f.plus) s = "+" + s;
    else if (f.space) s = " " + s;
    this.padSpaces(s);
  }

  /** Hex with or without 0x, whatever the `#` flag says: for addresses and `%#v` of unsigned numbers. */
  private fmt0x64(v: number | bigint, leading0x: boolean): void {
    const sharp = this.f.sharp;
    this.f.sharp = leading0x;
    this.fmtInt(v, 16, false, "v", false);
    this.f.sharp = sharp;
  }

  private fmtUnicode(u: bigint): void {
    const f = this.f;
    const prec = f.precPresent && f.prec > 4 ? f.prec : 4;
    let s = "U+" + u.toString(16).toUpperCase().padStart(prec, "0");
    if (f.sharp && u <= MAX_RUNE && isPrint(Number(u)))
      s += " '" + String.fromCodePoint(Number(u)) + "'";
    this.padSpaces(s);
  }

  private fmtInteger(v: number | bigint, kind: NumKind, verb: string): void {
    const unsigned = kind.startsWith("u");
    switch (verb) {
      case "v":
        if (this.f.sharpV && unsigned) this.fmt0x64(v, true);
        else this.fmtInt(v, 10, !unsigned, verb, false);
        return;
      case "d":
        return this.fmtInt(v, 10, !unsigned, verb, false);
      case "b":
        return this.fmtInt(v, 2, !unsigned, verb, false);
      case "o":
      case "O":
        return this.fmtInt(v, 8, !unsigned, verb, false);
      case "x":
      case "X":
        return this.fmtInt(v, 16, !unsigned, verb, verb === "X");
      case "c": {
        const u = toUint64(v);
        let r = u > MAX_RUNE ? REPLACEMENT : Number(u);
        if (r >= 0xd800 && r <= 0xdfff) r = REPLACEMENT;
        return this.pad(String.fromCodePoint(r));
      }
      case "q": {
        const u = toUint64(v);
        if (u > MAX_RUNE) return this.badVerb(verb);
        let r = Number(u);
        if (r >= 0xd800 && r <= 0xdfff) r = REPLACEMENT;
        return this.pad("'" + escapeRune(r, 0x27, this.f.plus) + "'");
      }
      case "U":
        return this.fmtUnicode(toUint64(v));
      default:
        // JavaScript has one number type: a plain integral number given to a
        // float verb is the float64 it would be in Go, not an error.
        if (kind === "int" && "eEfFgG".includes(verb))
          return this.fmtFloat(Number(v), 64, verb);
        this.badVerb(verb);
    }
  }

  private fmtFloat(v: number, bits: 32 | 64, verb: string): void {
    switch (verb) {
      case "v":
        return this.fmtFloatAs(v, bits, "g", -1);
      case "b":
      case "g":
      case "G":
      case "x":
      case "X":
        return this.fmtFloatAs(v, bits, verb, -1);
      case "f":
      case "e":
      case "E":
        return this.fmtFloatAs(v, bits, verb, 6);
      case "F":
        return this.fmtFloatAs(v, bits, "f", 6);
      default:
        this.badVerb(verb);
    }
  }

  /** Go's fmt.fmtFloat: strconv's text, then signs, `#`, and zero padding after the sign. */
  private fmtFloatAs(
    v: number,
    bits: 32 | 64,
    verb: string,
    prec: number,
  ): void {
    const f = this.f;
    if (f.precPresent) prec = f.prec;
    let num = formatFloat(v, verb, prec, bits);
    if (num[0] !== "-" && num[0] !== "+") num = "+" + num;
    if (f.space && num[0] === "+" && !f.plus) num = " " + num.slice(1);
    if (num[1] === "I" || num[1] === "N") {
      // Infinities and NaN are not numbers to pad with zeros, and NaN has no sign unless asked.
      if (num[1] === "N" && !f.space && !f.plus) num = num.slice(1);
      this.padSpaces(num);
      return;
    }
    if (f.sharp && verb !== "b") num = this.keepPoint(num, verb, prec);
    if (f.plus || num[0] !== "+") {
      if (f.zero && f.widPresent && f.wid > num.length) {
        this.buf += num[0];
        this.writePadding(f.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  /** The `#` flag on floats: always a decimal point, and %g keeps its trailing zeros. */
  private keepPoint(num: string, verb: string, prec: number): string {
    let digits = 0;
    if (verb === "g" || verb === "G" || verb === "x" || verb === "X")
      digits = prec === -1 ? 6 : prec;
    let tail = "";
    let body = num;
    const exp =
      verb === "x" || verb === "X" ? body.search(/[pP]/) : body.search(/[eE]/);
    if (exp >= 0) {
      tail = body.slice(exp);
      body = body.slice(0, exp);
    }
    let hasPoint = false;
    let sawNonzero = false;
    for (let i = 1; i < body.length; i++) {
      const c = body[i];
      if (c === ".") {
        hasPoint = true;
        continue;
      }
      if (c !== "0") sawNonzero = true;
      // Only significant digits count, from the first nonzero one on.
      if (sawNonzero) digits--;
    }
    if (!hasPoint) {
      // A lone 0 is one significant digit.
      if (body.length === 2 && body[1] === "0") digits--;
      body += ".";
    }
    if (digits > 0) body += "0".repeat(digits);
    return body + tail;
  }

  private fmtPointer(v: unknown, verb: string): void {
    if ((typeof v !== "object" && typeof v !== "function") || v === null)
      return this.badVerb(verb);
    const u = addressOf(v);
    switch (verb) {
      case "v":
        if (this.f.sharpV) {
          this.buf += "(" + goTypeName(v) + ")(";
          this.fmt0x64(u, true);
          this.buf += ")";
        } else {
          this.fmt0x64(u, !this.f.sharp);
        }
        return;
      case "p":
        return this.fmt0x64(u, !this.f.sharp);
      case "b":
      case "o":
      case "d":
      case "x":
      case "X":
        return this.fmtInteger(u, "uint64", verb);
      default:
        this.badVerb(verb);
    }
  }

  private badVerb(verb: string): void {
    this.erroring = true;
    this.buf += "%!" + verb + "(";
    if (this.arg === null || this.arg === undefined) {
      this.buf += "<nil>";
    } else {
      const arg = this.arg;
      const kind = this.argKind;
      this.buf += (kind ?? goTypeName(arg)) + "=";
      this.printValue(arg, "v", 0, kind);
    }
    this.buf += ")";
    this.erroring = false;
  }

  // --- methods: Error() and String() -------------------------------------------

  /** Prints with the value's `message` (an Error) or `toString()` (a Stringer) when the verb takes a string. */
  private handleMethods(v: object, verb: string): boolean {
    if (this.erroring) return false;
    if (verb === "w") {
      // %w is for fmt.errorf, with an error operand.
      if (!(v instanceof Error) || !this.wrapErrs) {
        this.badVerb(verb);
        return true;
      }
      verb = "v";
    }
    if (this.f.sharpV) return false;
    if (
      verb !== "v" &&
      verb !== "s" &&
      verb !== "x" &&
      verb !== "X" &&
      verb !== "q"
    )
      return false;
    if (v instanceof Error) {
      this.callMethod(v, verb, "Error", () => v.message);
      return true;
    }
    if (isStringer(v)) {
      this.callMethod(v, verb, "String", () => v.toString());
      return true;
    }
    return false;
  }

  /** Calls a method and prints its text; a throw prints as Go prints a panic in a method. */
  private callMethod(
    v: object,
    verb: string,
    method: string,
    call: () => unknown,
  ): void {
    let text: string;
    try {
      text = String(call());
    } catch (e) {
      if (this.panicking) throw e;
      const flags = this.f;
      this.f = noFlags();
      this.buf += "%!" + verb + "(PANIC=" + method + " method: ";
      this.panicking = true;
      this.printArg(e, "v");
      this.panicking = false;
      this.buf += ")";
      this.f = flags;
      return;
    }
    this.fmtString(text, verb);
  }

  // --- values ------------------------------------------------------------------

  printArg(arg: unknown, verb: string): void {
    this.arg = arg;
    this.argKind = undefined;
    if (arg === null || arg === undefined) {
      if (verb === "T" || verb === "v") this.pad("<nil>");
      else this.badVerb(verb);
      return;
    }
    if (verb === "T") return this.fmtS(goTypeName(arg));
    if (verb === "p") return this.fmtPointer(arg, "p");
    this.printValue(arg, verb, 0, undefined);
  }

  private printValue(
    v: unknown,
    verb: string,
    depth: number,
    kind: NumKind | undefined,
  ): void {
    if (v === null || v === undefined) {
      // A nil inside another value: Go's nil interface.
      this.buf += this.f.sharpV ? "interface {}(nil)" : "<nil>";
      return;
    }
    if (typeof v === "object" || typeof v === "function") {
      this.arg = v;
      this.argKind = undefined;
      if (this.handleMethods(v, verb)) return;
      return this.printObject(v, verb, depth);
    }
    this.arg = v;
    this.argKind = kind;
    switch (typeof v) {
      case "boolean":
        return this.fmtBool(v, verb);
      case "string":
        return this.fmtString(v, verb);
      case "bigint":
        return this.fmtInteger(v, kind ?? "int64", verb);
      case "number": {
        const k = kind ?? (isGoInt(v) ? "int" : "float64");
        if (k === "float64" || k === "float32")
          return this.fmtFloat(v, k === "float32" ? 32 : 64, verb);
        return this.fmtInteger(v, k, verb);
      }
      default:
        // A symbol has no Go counterpart; it prints as its text.
        if (verb === "v" || verb === "s") this.fmtS(String(v));
        else this.badVerb(verb);
    }
  }

  private printObject(v: object, verb: string, depth: number): void {
    const kind = objectKind(v);
    const ancestors = (this.ancestors ??= new Set());
    if (
      kind === "opaque" ||
      (kind === "pointer" && depth > 0) ||
      ancestors.has(v)
    ) {
      return this.fmtPointer(v, verb);
    }
    ancestors.add(v);
    try {
      if (kind === "pointer") {
        // A pointer to a struct shows the struct at the top level, as Go's &{...}.
        this.buf += "&";
        return this.printStruct(v, verb, depth, goTypeName(v).slice(1));
      }
      const elemKind = typedArrayKind(v);
      if (
        elemKind === "uint8" &&
        (depth === 0 ||
          verb === "s" ||
          verb === "q" ||
          verb === "x" ||
          verb === "X")
      ) {
        return this.fmtBytes(
          v as Uint8Array,
          verb,
          depth === 0 ? "[]byte" : "[]uint8",
        );
      }
      if (elemKind !== undefined || Array.isArray(v))
        return this.printSlice(v as ArrayLike<unknown>, verb, depth, elemKind);
      if (v instanceof Map) return this.printMap(v, [...v], verb, depth);
      if (v instanceof Set)
        return this.printMap(
          v,
          [...v].map((k) => [k, EMPTY_STRUCT]),
          verb,
          depth,
        );
      this.printStruct(v, verb, depth, goTypeName(v));
    } finally {
      ancestors.delete(v);
    }
  }

  private printSlice(
    v: ArrayLike<unknown>,
    verb: string,
    depth: number,
    kind: NumKind | undefined,
  ): void {
    const sharpV = this.f.sharpV;
    this.buf += sharpV ? goTypeName(v) + "{" : "[";
    for (let i = 0; i < v.length; i++) {
      if (i > 0) this.buf += sharpV ? ", " : " ";
      this.printValue(v[i], verb, depth + 1, kind);
    }
    this.buf += sharpV ? "}" : "]";
  }

  private printMap(
    m: object,
    entries: [unknown, unknown][],
    verb: string,
    depth: number,
  ): void {
    const sharpV = this.f.sharpV;
    this.buf += sharpV ? goTypeName(m) + "{" : "map[";
    // Addresses in insertion order, so that object keys sort the same in every engine.
    for (const [k] of entries)
      if (typeof k === "object" && k !== null) addressOf(k);
    entries.sort((a, b) => compareKeys(a[0], b[0]));
    entries.forEach(([k, val], i) => {
      if (i > 0) this.buf += sharpV ? ", " : " ";
      this.printValue(k, verb, depth + 1, undefined);
      this.buf += ":";
      this.printValue(val, verb, depth + 1, undefined);
    });
    this.buf += sharpV ? "}" : "]";
  }

  private printStruct(
    v: object,
    verb: string,
    depth: number,
    type: string,
  ): void {
    const f = this.f;
    if (f.sharpV) this.buf += type;
    this.buf += "{";
    structFields(v).forEach(([name, val], i) => {
      if (i > 0) this.buf += f.sharpV ? ", " : " ";
      if (f.plusV || f.sharpV) this.buf += name + ":";
      this.printValue(val, verb, depth + 1, undefined);
    });
    this.buf += "}";
  }

  // --- Printf --------------------------------------------------------------------

  /** Parses a number at `i`, as Go's parsenum; an absurdly long one is no number, and ends the directive. */
  private static parseNum(
    s: string,
    i: number,
  ): [num: number, isNum: boolean, next: number] {
    let num = 0;
    let isNum = false;
    for (
      ;
      i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;
      i++
    ) {
      if (num > TOO_LARGE) return [0, false, s.length];
      num = num * 10 + (s.charCodeAt(i) - 0x30);
      isNum = true;
    }
    return [num, isNum, i];
  }

  /** An explicit argument index `[n]` at `i`: the new argument number, the new `i`, and whether one was found. */
  private argNumber(
    argNum: number,
    format: string,
    i: number,
    numArgs: number,
  ): [number, number, boolean] {
    if (format[i] !== "[") return [argNum, i, false];
    this.reordered = true;
    let index = 0;
    let width = 1;
    let ok = false;
    if (format.length - i >= 3) {
      const close = format.indexOf("]", i + 1);
      if (close >= 0) {
        width = close + 1 - i;
        const [n, isNum, next] = Printer.parseNum(
          format.slice(0, close),
          i + 1,
        );
        if (isNum && next === close) {
          index = n - 1;
          ok = true;
        }
      }
    }
    if (ok && index >= 0 && index < numArgs) return [index, i + width, true];
    this.goodArgNum = false;
    return [argNum, i + width, ok];
  }

  doPrintf(format: string, args: readonly unknown[]): void {
    const end = format.length;
    let argNum = 0;
    this.reordered = false;
    for (let i = 0; i < end;) {
      this.goodArgNum = true;
      const pct = format.indexOf("%", i);
      if (pct < 0) {
        this.buf += format.slice(i);
        break;
      }
      this.buf += format.slice(i, pct);
      i = pct + 1;

      const f = (this.f = noFlags());
      flags: for (; i < end; i++) {
        switch (format[i]) {
          case "#":
            f.sharp = true;
            break;
          case "0":
            // Zeros pad on the left only.
            f.zero = !f.minus;
            break;
          case "+":
            f.plus = true;
            break;
          case "-":
            f.minus = true;
            f.zero = false;
            break;
          case " ":
            f.space = true;
            break;
          default:
            break flags;
        }
      }

      let afterIndex: boolean;
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, args.length);

      if (format[i] === "*") {
        i++;
        const n = argNum < args.length ? intArg(args[argNum]) : undefined;
        if (argNum < args.length) argNum++;
        f.widPresent = n !== undefined;
        f.wid = n ?? 0;
        if (!f.widPresent) this.buf += "%!(BADWIDTH)";
        if (f.wid < 0) {
          f.wid = -f.wid;
          f.minus = true;
          f.zero = false;
        }
        afterIndex = false;
      } else {
        [f.wid, f.widPresent, i] = Printer.parseNum(format, i);
        if (afterIndex && f.widPresent) this.goodArgNum = false;
      }

      if (i + 1 < end && format[i] === ".") {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(
          argNum,
          format,
          i,
          args.length,
        );
        if (format[i] === "*") {
          i++;
          const n = argNum < args.length ? intArg(args[argNum]) : undefined;
          if (argNum < args.length) argNum++;
          f.precPresent = n !== undefined && n >= 0;
          f.prec = f.precPresent ? n! : 0;
          if (!f.precPresent) this.buf += "%!(BADPREC)";
          afterIndex = false;
        } else {
          [f.prec, f.precPresent, i] = Printer.parseNum(format, i);
          if (!f.precPresent) {
            f.prec = 0;
            f.precPresent = true;
          }
        }
      }

      if (!afterIndex)
        [argNum, i] = this.argNumber(argNum, format, i, args.length);

      if (i >= end) {
        this.buf += "%!(NOVERB)";
        break;
      }

      const verb = String.fromCodePoint(format.codePointAt(i)!);
      i += verb.length;

      if (verb === "%") {
        this.buf += "%";
      } else if (!this.goodArgNum) {
        this.buf += "%!" + verb + "(BADINDEX)";
      } else if (argNum >= args.length) {
        this.buf += "%!" + verb + "(MISSING)";
      } else {
        if (verb === "w") this.wrapped.push(argNum);
        if (verb === "v" || verb === "w") {
          f.sharpV = f.sharp;
          f.sharp = false;
          f.plusV = f.plus;
          f.plus = false;
        }
        this.printArg(args[argNum], verb);
        argNum++;
      }
    }

    // Reordered arguments may be skipped on purpose; otherwise leftovers are a mistake to show.
    if (!this.reordered && argNum < args.length) {
      this.f = noFlags();
      this.buf += "%!(EXTRA ";
      args.slice(argNum).forEach((arg, k) => {
        if (k > 0) this.buf += ", ";
        if (arg === null || arg === undefined) {
          this.buf += "<nil>";
        } else {
          this.buf += goTypeName(arg) + "=";
          this.printArg(arg, "v");
        }
      });
      this.buf += ")";
    }
  }

  doPrint(args: readonly unknown[]): void {
    let prevString = false;
    for (let i = 0; i < args.length; i++) {
      const isString = typeof args[i] === "string";
      // A space between two operands when neither is a string.
      if (i > 0 && !isString && !prevString) this.buf += " ";
      this.printArg(args[i], "v");
      prevString = isString;
    }
  }

  doPrintln(args: readonly unknown[]): void {
    for (let i = 0; i < args.length; i++) {
      if (i > 0) this.buf += " ";
      this.printArg(args[i], "v");
    }
    this.buf += "\n";
  }
}

// ---------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------

/**
 * Formats according to a format specifier and returns the result: Go's
 * `fmt.Sprintf`. Verbs: `%v %+v %#v %T %d %s %q %x %X %o %O %b %c %U %e %E
 * %f %F %g %G %t %p %%`, flags `+ - # 0` and space, width and precision
 * (`%8.3f`, `%-8s`, `%*d`), and argument indexes (`%[2]d`). Mistakes print
 * as Go prints them: `%!d(string=hi)`, `%!v(MISSING)`,
 * `%!(EXTRA int=3)`, `%!(NOVERB)`.
 *
 * An integral number is Go's `int` (so `%d` prints it); any other number is
 * a `float64`. Float verbs (`%f %e %g`) also print integral numbers.
 *
 * ```ts
 * sprintf("%-5s|%5.2f|%03d", "ab", Math.PI, 7); // "ab   | 3.14|007"
 * ```
 */
export function sprintf(format: string, ...args: unknown[]): string {
  const p = new Printer();
  p.doPrintf(format, args);
  return p.buf;
}

/**
 * Formats its operands as `%v` does and returns the result: Go's
 * `fmt.Sprint`. A space is added between two operands when neither is a
 * string.
 */
export function sprint(...args: unknown[]): string {
  const p = new Printer();
  p.doPrint(args);
  return p.buf;
}

/**
 * Formats its operands as `%v` does, separated by spaces and followed by a
 * newline: Go's `fmt.Sprintln`.
 */
export function sprintln(...args: unknown[]): string {
  const p = new Printer();
  p.doPrintln(args);
  return p.buf;
}

/**
 * Formats one value as `sprintf("%" + verb, v)` does: `verb` is a verb with
 * any flags, width and precision, such as `v`, `+v`, `q` or `8.3f`.
 */
export function formatValue(v: unknown, verb = "v"): string {
  return sprintf("%" + verb, v);
}

/**
 * What `console.log(...args)` prints inside a program, without the newline:
 * the arguments separated by spaces; strings, numbers, booleans, `null` and
 * `undefined` as JavaScript writes them, and arrays, Maps and other objects
 * as `%v` does, so that output is the same in every engine.
 */
export function consoleFormat(...args: unknown[]): string {
  return args
    .map((a) =>
      a === null || (typeof a !== "object" && typeof a !== "function")
        ? String(a)
        : formatValue(a),
    )
    .join(" ");
}

/**
 * Formats like `sprintf` and returns an error with that message: Go's
 * `fmt.Errorf`. A `%w` verb formats its operand, which should be an error,
 * as `%v` does, and the result wraps it: `errors.unwrap(err)` returns it and
 * `errors.is` and `errors.as` find it. With several `%w` (Go 1.20), the
 * result's `unwrap()` returns all of them, in argument order.
 *
 * ```ts
 * const err = fmt.errorf("read %s: %w", path, ErrNotFound);
 * errors.is(err, ErrNotFound); // true
 * ```
 */
export function errorf(format: string, ...args: unknown[]): Error {
  const p = new Printer();
  p.wrapErrs = true;
  p.doPrintf(format, args);
  const indexes = p.reordered
    ? [...p.wrapped].sort((a, b) => a - b)
    : p.wrapped;
  if (indexes.length === 0) return new ErrorString(p.buf);
  if (indexes.length === 1) {
    const e = args[indexes[0]!];
    return new WrapError(p.buf, e instanceof Error ? e : null);
  }
  const errs = indexes
    .filter((n, i) => i === 0 || indexes[i - 1] !== n)
    .map((n) => args[n])
    .filter((e): e is Error => e instanceof Error);
  return new WrapErrors(p.buf, errs);
}
