import { chan, go, type RecvChan } from "go";

// Lexical confinement: `counts` is declared inside the goroutine, so no
// other code can even name it. The only way in is the `words` channel,
// and the only way out is the one send of the finished map.
function tally(words: RecvChan<string>): RecvChan<Map<string, number>> {
  const result = chan<Map<string, number>>(1);
  go(async () => {
    const counts = new Map<string, number>();
    for await (const word of words) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    await result.send(counts); // handed over: from now on it is the receiver's
  });
  return result;
}

export async function main() {
  const words = chan<string>();
  const counted = tally(words);

  for (const word of "the cat saw the dog and the dog ran".split(" ")) {
    await words.send(word);
  }
  words.close();

  console.log(await counted.recv());
}
