// A program that uses much of what the race instrumentation rewrites (see
// race.test.ts): compiled for the detector, it must do exactly what it does
// compiled as usual, and, every access being under the mutex, report nothing.
import { go } from "go";
import * as fmt from "go/fmt";
import * as sync from "go/sync";
import * as time from "go/time";

let total = 0n;
// eslint-disable-next-line no-var -- a var, as the instrumentation sees it
var hits = 0;

class Box {
  #secret = 1;
  static made = 0;
  n = 0;
  constructor(readonly label: string) {
    Box.made++;
  }
  get double() {
    return this.n * 2;
  }
  set double(v: number) {
    this.n = v / 2;
  }
  bump(by = 1) {
    this.n += by;
    this.#secret **= 2;
    return this.#secret;
  }
}

class Big extends Box {
  override bump(by = 1) {
    return super.bump(by) + 1;
  }
}

function* count(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

export async function main() {
  const wg = new sync.WaitGroup();
  const mu = new sync.Mutex();
  const box = new Big("b");
  const arr: number[] = [3, 1, 2];
  const m = new Map<string, number>();
  const o: Record<string, number | undefined> = { a: 1 };
  let x = 0;
  let label = "";
  const big = { v: 1n };
  for (let g = 0; g < 3; g++) {
    wg.go(async () => {
      await mu.lock();
      try {
        x += g;
        x **= 1;
        x ||= 5;
        x ??= 6;
        label = `${label}${g}`;
        box.double = box.double + 2;
        box.bump();
        arr[g] = (arr[g] ?? 0) + 10;
        arr.push(g);
        m.set(String(g), (m.get(String(g)) ?? 0) + 1);
        o.a = (o.a ?? 0) + 1;
        o["b" + g] = g;
        delete o.a;
        o.a ??= 7;
        big.v++;
        ++big.v;
        total += 1n;
        hits++;
        const { a, ...rest } = o;
        [x] = [x + (a ?? 0) - (a ?? 0)];
        void rest;
        const maybe: { deep?: { n: number } } = g === 1 ? { deep: { n: 1 } } : {};
        hits += maybe.deep?.n ?? 0;
        x += await chan0();
        box.n += (await time.sleep(1), 0);
      } finally {
        mu.unlock();
      }
    });
  }
  await wg.wait();
  outer: for (const i of count(5)) {
    switch (i) {
      case 1: {
        let inCase = i * 2;
        go(() => void inCase);
        inCase++;
        break;
      }
      case 3:
        break outer;
    }
  }
  const sorted = [...arr].sort((p, q) => p - q);
  for (const k in o) hits += k.length;
  const tag = (s: TemplateStringsArray, ...v: unknown[]) => s.join("|") + v.join(",");
  fmt.println(x, label.length, box.n, box.double, Box.made, sorted, [...m.entries()].length);
  fmt.println(Object.keys(o).sort().join(","), big.v, total, hits, tag`a${x}b`, typeof x, "a" in o);
  console.log(
    arguments0(),
    [1, 2].map((v) => v * x),
    { x, label },
  );
}

function arguments0() {
  return arguments.length;
}

async function chan0(): Promise<number> {
  await time.sleep(1);
  return 0;
}
