import { chan, recv, select } from "go";

export async function main() {
  const rounds = 1000;
  // Two queues, each holding more than enough values:
  // in every round, both receives can go ahead.
  const left = chan<string>(rounds);
  const right = chan<string>(rounds);
  for (let i = 0; i < rounds; i++) {
    await left.send("L");
    await right.send("R");
  }

  const count = { L: 0, R: 0 };
  for (let i = 0; i < rounds; i++) {
    await select([
      recv(left, () => count.L++),
      recv(right, () => count.R++),
    ]);
  }
  console.log("left: ", count.L);
  console.log("right:", count.R);
}
