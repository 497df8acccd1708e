import { chan, go, recv, select, type RecvChan } from "go";
import * as time from "go/time";

// Starts a lookup that answers after `delay`.
function lookUp(word: string, delay: time.Duration): RecvChan<string> {
  const answer = chan<string>(1); // room for a late answer nobody takes
  go(async () => {
    await time.sleep(delay);
    await answer.send(`found ${word}`);
  });
  return answer;
}

async function search(word: string, delay: time.Duration) {
  const start = time.now();
  const result = await select([
    recv(lookUp(word, delay), (answer) => answer),
    recv(time.after(time.Second), () => `gave up on ${word}`),
  ]);
  const took = time.durationString(time.since(start));
  console.log(`${result} after ${took}`);
}

export async function main() {
  const start = time.now();
  await search("gopher", 300 * time.Millisecond);
  await search("unicorn", 5 * time.Second);
  console.log("total:", time.durationString(time.since(start)));
}
