// The built-ins the grader calls, taken once, when this module loads: before
// any learner code has run (Node's "primordials" habit). A program may then
// replace `globalThis.Object`, `JSON`, `Reflect`, `Array.isArray` or a method
// of `String.prototype`; the grader's comparisons and messages keep using the
// originals. Methods are "uncurried" (`ArrayPrototypeEvery(xs, f)` rather
// than `xs.every(f)`), so a value handed back by the learner cannot bring its
// own `every`, `slice` or `has` either.
//
// What this cannot cover is the language's own machinery (`await` looks up a
// promise's `constructor`, `for…of` and spreading call iterators): grading
// code here avoids spreading and `for…of`, and in the browser the sandbox
// also freezes the intrinsics before a program loads (../client/grading/harden.ts).

const { apply, getPrototypeOf, ownKeys } = Reflect;
const bind = Function.prototype.bind;
const call = Function.prototype.call;

/** `uncurryThis(Array.prototype.every)(xs, f)` is `xs.every(f)` with the original `every`. */
export const uncurryThis: <T, A extends unknown[], R>(
  fn: (this: T, ...args: A) => R,
) => (self: T, ...args: A) => R = apply(bind, bind, [call]) as never;

function getter<T, R>(proto: T, name: PropertyKey): (self: unknown) => R {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (get === undefined) throw new TypeError(`no getter ${String(name)}`);
  return uncurryThis(get as (this: unknown) => R);
}

export const ReflectApply = apply;
export const ReflectGetPrototypeOf = getPrototypeOf;
export const ReflectOwnKeys = ownKeys;

export const ObjectIs = Object.is;
export const ObjectKeys = Object.keys;
export const ObjectHasOwn = Object.hasOwn;
export const ObjectFreeze = Object.freeze;
export const ObjectCreate = Object.create;
export const ObjectDefineProperty = Object.defineProperty;
export const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
export const ObjectPrototype = Object.prototype;
export const ObjectPrototypeToString = uncurryThis(Object.prototype.toString);

export const ArrayIsArray = Array.isArray;
export const ArrayPrototype = Array.prototype;
export const ArrayPrototypePush = uncurryThis(Array.prototype.push) as <T>(
  xs: T[],
  ...items: T[]
) => number;
export const ArrayPrototypeJoin = uncurryThis(Array.prototype.join) as (
  xs: readonly unknown[],
  separator?: string,
) => string;

export const MapPrototype = Map.prototype;
export const MapPrototypeGetSize = getter<Map<unknown, unknown>, number>(Map.prototype, "size");
export const MapPrototypeHas = uncurryThis(Map.prototype.has) as (
  m: Map<unknown, unknown>,
  k: unknown,
) => boolean;
export const MapPrototypeGet = uncurryThis(Map.prototype.get) as (
  m: Map<unknown, unknown>,
  k: unknown,
) => unknown;
export const MapPrototypeSet = uncurryThis(Map.prototype.set) as (
  m: Map<unknown, unknown>,
  k: unknown,
  v: unknown,
) => Map<unknown, unknown>;
export const MapPrototypeForEach = uncurryThis(Map.prototype.forEach) as (
  m: Map<unknown, unknown>,
  f: (v: unknown, k: unknown) => void,
) => void;
export const SetPrototype = Set.prototype;
export const SetPrototypeGetSize = getter<Set<unknown>, number>(Set.prototype, "size");
export const SetPrototypeHas = uncurryThis(Set.prototype.has) as (
  s: Set<unknown>,
  v: unknown,
) => boolean;
export const SetPrototypeAdd = uncurryThis(Set.prototype.add) as (
  s: Set<unknown>,
  v: unknown,
) => Set<unknown>;
export const SetPrototypeForEach = uncurryThis(Set.prototype.forEach) as (
  s: Set<unknown>,
  f: (v: unknown) => void,
) => void;

export const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has) as (
  s: WeakSet<object>,
  v: object,
) => boolean;
export const WeakSetPrototypeAdd = uncurryThis(WeakSet.prototype.add) as (
  s: WeakSet<object>,
  v: object,
) => WeakSet<object>;

export const NewMap = Map;
export const NewSet = Set;
export const NativeError = Error;
export const NativeTypeError = TypeError;

export const StringCtor = String;
export const StringPrototypeSlice = uncurryThis(String.prototype.slice) as (
  s: string,
  start?: number,
  end?: number,
) => string;
export const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf) as (
  s: string,
  search: string,
  from?: number,
) => number;
export const StringPrototypeLastIndexOf = uncurryThis(String.prototype.lastIndexOf) as (
  s: string,
  search: string,
  from?: number,
) => number;
export const StringPrototypeTrimEnd = uncurryThis(String.prototype.trimEnd) as (
  s: string,
) => string;
export const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt) as (
  s: string,
  i: number,
) => number;

export const NumberPrototypeToLocaleString = uncurryThis(Number.prototype.toLocaleString) as (
  n: number,
  locale: string,
) => string;

export const JSONStringify = JSON.stringify;
export const MathMin = Math.min;
export const MathMax = Math.max;

/** Calls `f` with `args` through the original Reflect.apply (no spreading, no iterator). */
export function callWith<R>(f: (...args: never[]) => R, self: unknown, args: unknown[]): R {
  return apply(f as (...a: unknown[]) => R, self, args);
}
