import { chan, go, type RecvChan } from "go";

// The owner: makes the channel, is the only one to send on it and
// closes it when done. Callers get only the receiving end.
function tickets(count: number): RecvChan<string> {
  const queue = chan<string>(count);
  go(async () => {
    try {
      for (let n = 1; n <= count; n++) {
        await queue.send(`ticket #${n}`);
      }
    } finally {
      queue.close(); // Go's defer close(queue)
    }
  });
  return queue;
}

export async function main() {
  const queue = tickets(4);
  for await (const ticket of queue) {
    console.log("served", ticket);
  }
  console.log("no more tickets");
}
