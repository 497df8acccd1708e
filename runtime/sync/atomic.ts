// Package sync/atomic's types, after Go's sync/atomic/type.go and value.go.
// One goroutine runs at a time and none of these methods is a scheduling
// point, so each is atomic by construction; what is left of Go is the
// arithmetic (32-bit types wrap around as Go's do) and Value's type rules.

import { GoPanic } from "../panic.ts";
import { race } from "../race.ts";
import { freezeClasses } from "../harden.ts";

const two64 = 2 ** 64;

function panicWith(msg: string): never {
  throw new GoPanic(msg, msg);
}

/**
 * An int32 updated atomically: Go's `atomic.Int32`. Arithmetic wraps around
 * at 32 bits as Go's `int32` does (`2147483647 + 1` is `-2147483648`).
 */
export class Int32 {
  private v = 0;

  /** The current value. */
  load(): number {
    if (race !== null) race.atomic(this, false);
    return this.v;
  }

  /** Sets the value. */
  store(val: number): void {
    if (race !== null) race.atomic(this, true);
    this.v = val | 0;
  }

  /** Adds `delta` and returns the new value. */
  add(delta: number): number {
    if (race !== null) race.atomic(this, true);
    return (this.v = (this.v + delta) | 0);
  }

  /** Sets the value and returns the old one. */
  swap(val: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = val | 0;
    return old;
  }

  /** Sets the value to `next` if it is `old`; reports whether it did. */
  compareAndSwap(old: number, next: number): boolean {
    if (race !== null) race.atomic(this, true);
    if (this.v !== old) return false;
    this.v = next | 0;
    return true;
  }

  /** Keeps only the bits set in `mask`; returns the old value (Go 1.23). */
  and(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = old & mask;
    return old;
  }

  /** Sets the bits set in `mask`; returns the old value (Go 1.23). */
  or(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = old | mask;
    return old;
  }
}

/**
 * A uint32 updated atomically: Go's `atomic.Uint32`. Arithmetic wraps around
 * as Go's `uint32` does (`0 - 1` is `4294967295`).
 */
export class Uint32 {
  private v = 0;

  /** The current value. */
  load(): number {
    if (race !== null) race.atomic(this, false);
    return this.v;
  }

  /** Sets the value. */
  store(val: number): void {
    if (race !== null) race.atomic(this, true);
    this.v = val >>> 0;
  }

  /** Adds `delta` (negative to subtract) and returns the new value. */
  add(delta: number): number {
    if (race !== null) race.atomic(this, true);
    return (this.v = (this.v + delta) >>> 0);
  }

  /** Sets the value and returns the old one. */
  swap(val: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = val >>> 0;
    return old;
  }

  /** Sets the value to `next` if it is `old`; reports whether it did. */
  compareAndSwap(old: number, next: number): boolean {
    if (race !== null) race.atomic(this, true);
    if (this.v !== old) return false;
    this.v = next >>> 0;
    return true;
  }

  /** Keeps only the bits set in `mask`; returns the old value (Go 1.23). */
  and(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = (old & mask) >>> 0;
    return old;
  }

  /** Sets the bits set in `mask`; returns the old value (Go 1.23). */
  or(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = (old | mask) >>> 0;
    return old;
  }
}

/**
 * An int64 updated atomically: Go's `atomic.Int64`. It holds a JavaScript
 * number, so it is exact up to 2^53 (9,007,199,254,740,992).
 */
export class Int64 {
  private v = 0;

  /** The current value. */
  load(): number {
    if (race !== null) race.atomic(this, false);
    return this.v;
  }

  /** Sets the value. */
  store(val: number): void {
    if (race !== null) race.atomic(this, true);
    this.v = val;
  }

  /** Adds `delta` and returns the new value. */
  add(delta: number): number {
    if (race !== null) race.atomic(this, true);
    return (this.v += delta);
  }

  /** Sets the value and returns the old one. */
  swap(val: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = val;
    return old;
  }

  /** Sets the value to `next` if it is `old`; reports whether it did. */
  compareAndSwap(old: number, next: number): boolean {
    if (race !== null) race.atomic(this, true);
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }

  /** Keeps only the bits set in `mask`; returns the old value (Go 1.23). */
  and(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = Number(BigInt.asIntN(64, BigInt(old) & BigInt(mask)));
    return old;
  }

  /** Sets the bits set in `mask`; returns the old value (Go 1.23). */
  or(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = Number(BigInt.asIntN(64, BigInt(old) | BigInt(mask)));
    return old;
  }
}

// Below zero a uint64 wraps to 2^64 - n; a number keeps only 53 bits of that.
function wrapUint64(v: number): number {
  return v < 0 ? v + two64 : v >= two64 ? v - two64 : v;
}

/**
 * A uint64 updated atomically: Go's `atomic.Uint64`. It holds a JavaScript
 * number: exact up to 2^53; below zero it wraps around to near 2^64 as Go's
 * `uint64` does, to the precision a number has.
 */
export class Uint64 {
  private v = 0;

  /** The current value. */
  load(): number {
    if (race !== null) race.atomic(this, false);
    return this.v;
  }

  /** Sets the value. */
  store(val: number): void {
    if (race !== null) race.atomic(this, true);
    this.v = wrapUint64(val);
  }

  /** Adds `delta` (negative to subtract) and returns the new value. */
  add(delta: number): number {
    if (race !== null) race.atomic(this, true);
    return (this.v = wrapUint64(this.v + delta));
  }

  /** Sets the value and returns the old one. */
  swap(val: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = wrapUint64(val);
    return old;
  }

  /** Sets the value to `next` if it is `old`; reports whether it did. */
  compareAndSwap(old: number, next: number): boolean {
    if (race !== null) race.atomic(this, true);
    if (this.v !== old) return false;
    this.v = wrapUint64(next);
    return true;
  }

  /** Keeps only the bits set in `mask`; returns the old value (Go 1.23). */
  and(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = Number(BigInt.asUintN(64, BigInt(old) & BigInt(wrapUint64(mask))));
    return old;
  }

  /** Sets the bits set in `mask`; returns the old value (Go 1.23). */
  or(mask: number): number {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = Number(BigInt.asUintN(64, BigInt(old) | BigInt(wrapUint64(mask))));
    return old;
  }
}

/** A boolean updated atomically: Go's `atomic.Bool`. */
export class Bool {
  private v = false;

  /** The current value. */
  load(): boolean {
    if (race !== null) race.atomic(this, false);
    return this.v;
  }

  /** Sets the value. */
  store(val: boolean): void {
    if (race !== null) race.atomic(this, true);
    this.v = val;
  }

  /** Sets the value and returns the old one. */
  swap(val: boolean): boolean {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = val;
    return old;
  }

  /** Sets the value to `next` if it is `old`; reports whether it did. */
  compareAndSwap(old: boolean, next: boolean): boolean {
    if (race !== null) race.atomic(this, true);
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }
}

// What stands for a Go dynamic type: the class of an object, else typeof.
function typeOf(v: unknown): unknown {
  return typeof v === "object" ? Object.getPrototypeOf(v) : typeof v;
}

/**
 * A value of any type loaded and stored atomically: Go's `atomic.Value`,
 * typically a configuration replaced as a whole. Every value stored must
 * have the same type (class, or primitive type) and must not be `null` or
 * `undefined`, or it panics as Go's does.
 */
export class Value<T = unknown> {
  private v: T | null = null;

  /** The value stored last, or `null` (Go's nil) before the first `store`. */
  load(): T | null {
    if (race !== null) race.atomic(this, false);
    return this.v;
  }

  /** Stores `val`. Panics: `sync/atomic: store of nil value into Value`, or of an inconsistently typed one. */
  store(val: T): void {
    if (race !== null) race.atomic(this, true);
    if (val === null || val === undefined)
      panicWith("sync/atomic: store of nil value into Value");
    if (this.v !== null && typeOf(val) !== typeOf(this.v)) {
      panicWith("sync/atomic: store of inconsistently typed value into Value");
    }
    this.v = val;
  }

  /** Stores `val` and returns the old value (`null` if there was none); panics as `store` does. */
  swap(val: T): T | null {
    if (race !== null) race.atomic(this, true);
    if (val === null || val === undefined)
      panicWith("sync/atomic: swap of nil value into Value");
    if (this.v !== null && typeOf(val) !== typeOf(this.v)) {
      panicWith("sync/atomic: swap of inconsistently typed value into Value");
    }
    const old = this.v;
    this.v = val;
    return old;
  }

  /**
   * Stores `next` if the value is `old` (`===`; `null` matches an empty
   * Value); reports whether it did. `old` and `next` must have one type.
   */
  compareAndSwap(old: T | null, next: T): boolean {
    if (race !== null) race.atomic(this, true);
    if (next === null || next === undefined)
      panicWith("sync/atomic: compare and swap of nil value into Value");
    if (old !== null && old !== undefined && typeOf(old) !== typeOf(next)) {
      panicWith("sync/atomic: compare and swap of inconsistently typed values");
    }
    if (this.v === null) {
      if (old !== null && old !== undefined) return false;
      this.v = next;
      return true;
    }
    if (typeOf(next) !== typeOf(this.v)) {
      panicWith(
        "sync/atomic: compare and swap of inconsistently typed value into Value",
      );
    }
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }
}

/** A reference to a `T` loaded and stored atomically: Go's `atomic.Pointer[T]`; `null` is its nil. */
export class Pointer<T> {
  private v: T | null = null;

  /** The current reference, or `null`. */
  load(): T | null {
    if (race !== null) race.atomic(this, false);
    return this.v;
  }

  /** Sets the reference. */
  store(val: T | null): void {
    if (race !== null) race.atomic(this, true);
    this.v = val;
  }

  /** Sets the reference and returns the old one. */
  swap(val: T | null): T | null {
    if (race !== null) race.atomic(this, true);
    const old = this.v;
    this.v = val;
    return old;
  }

  /** Sets the reference to `next` if it is `old` (the same object); reports whether it did. */
  compareAndSwap(old: T | null, next: T | null): boolean {
    if (race !== null) race.atomic(this, true);
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }
}

freezeClasses(Int32, Uint32, Int64, Uint64, Bool, Value, Pointer);
