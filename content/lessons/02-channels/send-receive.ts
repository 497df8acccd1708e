import { chan, go, type Chan } from "go";

async function sum(prices: number[], totals: Chan<number>) {
  let total = 0;
  for (const price of prices) total += price;
  await totals.send(total); // waits until main takes it
}

export async function main() {
  const prices = [12, 7, 30, 5, 18, 9, 21, 4];
  const totals = chan<number>();

  const half = prices.length / 2;
  go(sum, prices.slice(0, half), totals);
  go(sum, prices.slice(half), totals);

  const first = await totals.recv(); // waits for a total
  const second = await totals.recv();
  console.log("partial sums:", first, second);
  console.log("total:", first + second);
}
