// The sandbox worker's realm, locked before any program loads: every run,
// not only a grading, so that a program cannot tell whether it is being
// graded by looking at its built-ins.
//
// - The standard built-ins (Object, Array, Promise, JSON, Reflect, Map, the
//   iterator and generator prototypes, …) are frozen, all the way down,
//   and their global bindings made read-only: `globalThis.Object = …` and
//   `Array.prototype.every = …` fail. The grader calls its own copies
//   anyway (../../grading/primordials.ts); this protects what the language
//   does on its own behalf (`await` reads `then` and `constructor`,
//   `for…of` calls iterators) and the runtime, which uses built-ins as any
//   program does.
// - What the runtime and the runner set during a run stays writable:
//   Math.random, Date.now, Error.stackTraceLimit (console and performance
//   are not locked).
// - Error.prepareStackTrace cannot be set: a program that set it to a
//   function that throws would break the next panic's stack trace.
// - A program cannot start workers of its own, which would outlive its run.
// - Assigning a property that a frozen prototype also has (`this.name = …`
//   in an Error subclass, `obj.toString = …`) still works: those
//   properties become accessors whose setter defines the property on the
//   object itself, as SES does to avoid the "override mistake".
//
// Why not SES's lockdown(): it freezes Math and Date too, which the runtime
// reseeds on every run, and SES's Compartment (a program's own global
// object) needs eval, which the sandbox's policy forbids.

const {
  defineProperty,
  freeze,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  isFrozen,
  preventExtensions,
} = Object;
const hasOwn = Object.hasOwn;

// The ECMAScript globals (values and functions), by name.
const standardGlobals = [
  "Object",
  "Function",
  "Array",
  "Number",
  "Boolean",
  "String",
  "Symbol",
  "BigInt",
  "Promise",
  "RegExp",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "WeakRef",
  "FinalizationRegistry",
  "Proxy",
  "Reflect",
  "JSON",
  "Math",
  "Date",
  "Error",
  "AggregateError",
  "EvalError",
  "RangeError",
  "ReferenceError",
  "SyntaxError",
  "TypeError",
  "URIError",
  "ArrayBuffer",
  "SharedArrayBuffer",
  "DataView",
  "Atomics",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
  "Intl",
  "Iterator",
  "parseInt",
  "parseFloat",
  "isNaN",
  "isFinite",
  "encodeURI",
  "encodeURIComponent",
  "decodeURI",
  "decodeURIComponent",
  "escape",
  "unescape",
];

// Host functions the runtime and the runner call by their global names:
// their bindings are made read-only (the functions themselves are left alone).
const hostBindings = [
  "queueMicrotask",
  "setTimeout",
  "clearTimeout",
  "setInterval",
  "clearInterval",
  "structuredClone",
  "MessagePort",
  "MessageChannel",
  "URL",
  "Blob",
  "TextEncoder",
  "TextDecoder",
];

// Properties that stay writable (the runtime and the runner set them).
const writable = new Map<object, readonly string[]>([
  [Math, ["random"]],
  [Date, ["now"]],
  [Error, ["stackTraceLimit"]],
]);

// Properties that programs commonly assign on their own objects and that a
// frozen prototype would otherwise refuse.
function overridable(): Map<object, readonly PropertyKey[]> {
  const errors = [
    Error,
    AggregateError,
    EvalError,
    RangeError,
    ReferenceError,
    SyntaxError,
    TypeError,
    URIError,
  ];
  const table = new Map<object, readonly PropertyKey[]>([
    [
      Object.prototype,
      [
        "constructor",
        "toString",
        "valueOf",
        "toLocaleString",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
      ],
    ],
    [Function.prototype, ["constructor", "toString"]],
    [Array.prototype, ["constructor", "toString"]],
  ]);
  for (const E of errors) table.set(E.prototype, ["constructor", "name", "message", "toString"]);
  return table;
}

// Prototypes the globals do not name: reached from instances.
function hiddenIntrinsics(): unknown[] {
  const proto = getPrototypeOf;
  async function* asyncGen() {}
  function* gen() {}
  const list: unknown[] = [
    proto(gen),
    proto(asyncGen),
    proto(async () => {}),
    proto(gen()),
    proto(proto(gen())),
    proto(asyncGen()),
    proto(proto(asyncGen())),
    proto([][Symbol.iterator]()),
    proto(new Map()[Symbol.iterator]()),
    proto(new Set()[Symbol.iterator]()),
    proto(""[Symbol.iterator]()),
    proto(/a/[Symbol.matchAll]("a")),
    proto(Int8Array),
    proto(Int8Array.prototype),
    getOwnPropertyDescriptor(Function.prototype, "caller")?.get,
  ];
  if (typeof MessagePort !== "undefined") list.push(MessagePort.prototype);
  if (typeof EventTarget !== "undefined") list.push(EventTarget.prototype);
  return list;
}

/**
 * Turns a data property of a prototype into an accessor that lets instances
 * shadow it; returns its value.
 */
function tameOverride(obj: object, key: PropertyKey): unknown {
  const desc = getOwnPropertyDescriptor(obj, key);
  if (desc === undefined || !("value" in desc) || !desc.configurable) return undefined;
  const value: unknown = desc.value;
  defineProperty(obj, key, {
    get() {
      return value;
    },
    set(this: unknown, v: unknown) {
      if (this === obj || (typeof this !== "object" && typeof this !== "function") || this === null)
        throw new TypeError(`Cannot assign to read only property '${String(key)}' of object`);
      defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: desc.enumerable,
    configurable: false,
  });
  return value;
}

function lockDeep(root: unknown, overrides: Map<object, readonly PropertyKey[]>): void {
  const seen = new Set<unknown>();
  const todo: unknown[] = [root];
  while (todo.length > 0) {
    const o = todo.pop();
    if ((typeof o !== "object" && typeof o !== "function") || o === null || seen.has(o)) continue;
    seen.add(o);
    for (const key of overrides.get(o) ?? []) todo.push(tameOverride(o, key));
    const keep = writable.get(o);
    const keys: PropertyKey[] = [...getOwnPropertyNames(o), ...getOwnPropertySymbols(o)];
    for (const key of keys) {
      const desc = getOwnPropertyDescriptor(o, key);
      if (desc === undefined) continue;
      if ("value" in desc) todo.push(desc.value);
      else todo.push(desc.get, desc.set);
      if (keep === undefined || !keep.includes(key as string) || !desc.configurable) continue;
      // Stays writable, but can be neither deleted nor turned into an accessor.
      defineProperty(o, key, { configurable: false });
    }
    todo.push(getPrototypeOf(o));
    if (keep === undefined) {
      if (!isFrozen(o)) freeze(o);
    } else {
      for (const key of keys) {
        const desc = getOwnPropertyDescriptor(o, key)!;
        if (keep.includes(key as string) || !desc.configurable) continue;
        defineProperty(
          o,
          key,
          "value" in desc ? { writable: false, configurable: false } : { configurable: false },
        );
      }
      preventExtensions(o);
    }
  }
}

let locked = false;

/**
 * Locks this realm's built-ins (see above). Idempotent; call before any
 * program loads. `hostNames`: the host functions whose global bindings are
 * made read-only (a test runner that swaps timers passes none).
 */
export function lockdown(hostNames: readonly string[] = hostBindings): void {
  if (locked) return;
  locked = true;
  const g = globalThis as Record<string, unknown>;
  // A program starts no workers of its own: they would outlive its run.
  for (const name of ["Worker", "SharedWorker"]) {
    if (hasOwn(g, name) || name in g) delete g[name];
  }
  // Error.prepareStackTrace is fixed as absent before Error is frozen.
  if (!hasOwn(Error, "prepareStackTrace")) {
    defineProperty(Error, "prepareStackTrace", {
      value: undefined,
      writable: false,
      enumerable: false,
      configurable: false,
    });
  }
  const overrides = overridable();
  const roots: unknown[] = [];
  for (const name of standardGlobals) if (hasOwn(g, name)) roots.push(g[name]);
  for (const r of hiddenIntrinsics()) roots.push(r);
  for (const r of roots) lockDeep(r, overrides);
  for (const name of [...standardGlobals, ...hostNames]) {
    const desc = getOwnPropertyDescriptor(g, name);
    if (desc === undefined || !desc.configurable) continue;
    defineProperty(
      g,
      name,
      "value" in desc ? { writable: false, configurable: false } : { configurable: false },
    );
  }
}

/** Publishes `table` under `global`, read-only (and frozen, unless `freezeTable` is false). */
export function publish(table: object, global: string, freezeTable = true): void {
  if (freezeTable) freeze(table);
  defineProperty(globalThis, global, {
    value: table,
    writable: false,
    enumerable: false,
    configurable: false,
  });
}
