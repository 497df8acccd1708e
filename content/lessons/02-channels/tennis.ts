import { chan, go, type Chan } from "go";

async function player(
  name: string,
  opponent: string,
  court: Chan<number>,
  result: Chan<string>,
) {
  for (;;) {
    const shot = await court.recv(); // wait for the ball
    if (Math.random() < 0.25) {
      console.log(`${name} misses shot ${shot}`);
      await result.send(opponent); // the other one wins
      return;
    }
    console.log(`${name} returns shot ${shot}`);
    await court.send(shot + 1); // waits for the opponent
  }
}

export async function main() {
  const court = chan<number>(); // unbuffered: hand to hand
  const result = chan<string>();

  go(player, "Ana", "Ben", court, result);
  go(player, "Ben", "Ana", court, result);

  await court.send(1); // serve
  console.log(`${await result.recv()} wins the point`);
}
