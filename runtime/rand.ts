// A small seeded PRNG for the scheduler's choices and for the program's
// Math.random. Go's runtime uses cheaprand for the same jobs (select's poll
// order, which runnable goroutine to steal); ours must be seedable so that a
// seed reproduces a whole run, in Node and in every browser alike.
//
// The generator is SFC32 (Chris Doty-Humphrey's "small fast counting"
// generator): 128 bits of state, 32-bit output, only integer ops that behave
// identically on every JavaScript engine.

/** A seeded 32-bit pseudo-random generator. */
export class Rand {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads one seed over the four state words, so that close
    // seeds (1, 2, 3…) give unrelated streams.
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniformly distributed integer in [0, 2^32). */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniformly distributed integer in [0, n), for 0 < n ≤ 2^32. */
  intn(n: number): number {
    // Lemire's multiply-shift: the bias is below 2^-32 · n, invisible here.
    return Math.floor((this.uint32() / 4294967296) * n);
  }

  /** A float in [0, 1) with 53 random bits, like Math.random. */
  float64(): number {
    const hi = this.uint32() >>> 5;
    const lo = this.uint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
}
