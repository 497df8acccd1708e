// Before a learner's module is graded, the built-in objects the grader relies
// on are frozen, so that the learner's code cannot change how arrays,
// promises, objects or JSON behave under the grader's feet (and so forge a
// passing verdict). What the runtime itself swaps during a run — Math.random,
// console.log, Date.now, performance.now, Error.stackTraceLimit — stays
// writable. A program that tries to patch a frozen built-in gets a TypeError,
// which fails its checks honestly.
const intrinsics: object[] = [
  Object,
  Object.prototype,
  Array,
  Array.prototype,
  Function.prototype,
  Promise,
  Promise.prototype,
  Reflect,
  JSON,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Boolean.prototype,
  Symbol,
  Symbol.prototype,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  WeakSet.prototype,
  RegExp.prototype,
  Error.prototype,
  TypeError.prototype,
  RangeError.prototype,
  MessagePort.prototype,
  Object.getPrototypeOf([][Symbol.iterator]()),
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
  Object.getPrototypeOf(async function* () {}).prototype,
];

export function harden(table: Record<string, unknown>, global: string): void {
  for (const o of intrinsics) Object.freeze(o);
  Object.freeze(table);
  Object.defineProperty(globalThis, global, { value: table, writable: false, configurable: false });
}
