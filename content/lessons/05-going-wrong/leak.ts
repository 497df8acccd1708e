import { chan, close, go, recv, select, send } from "go";
import type { RecvChan } from "go";
import * as runtime from "go/runtime";
import * as time from "go/time";

const accessLog = [
  "GET /",
  "GET /cart",
  "POST /cart",
  "GET /help",
  "POST /pay",
];

// Sends every line of the access log that contains `word`.
function search(word: string): RecvChan<string> {
  const found = chan<string>();
  go(async () => {
    for (const line of accessLog) {
      if (line.includes(word)) await found.send(line);
    }
    found.close();
  });
  return found;
}

// The same search, which stops when `done` is closed.
function searchUntil(
  done: RecvChan<void>,
  word: string,
): RecvChan<string> {
  const found = chan<string>();
  go(async () => {
    for (const line of accessLog) {
      if (!line.includes(word)) continue;
      const sent = await select([
        send(found, line, () => true),
        recv(done, () => false),
      ]);
      if (!sent) return; // nobody wants the rest
    }
    found.close();
  });
  return found;
}

// Prints a request's answer, and how many goroutines exist now.
function report(word: string, first: string | undefined) {
  const answer = `${word.padEnd(4)} -> ${first}`;
  console.log(answer.padEnd(20), "goroutines:", runtime.numGoroutine());
}

export async function main() {
  const words = ["GET", "cart", "POST"];

  // Each request wants only the first match.
  for (const word of words) {
    const first = await search(word).recv();
    report(word, first);
  }

  for (const word of words) {
    const done = chan<void>();
    const first = await searchUntil(done, word).recv();
    close(done); // tell the search to stop
    await time.sleep(time.Millisecond); // and give it a moment to return
    report(word, first);
  }
}
