import { chan, go, recv, select, send } from "go";
import type { RecvChan, SendChan } from "go";
import * as sync from "go/sync";

// Gives `gift` on `out` and takes a present from `inbox`, in
// whichever order the other side is ready for.
async function swap(
  name: string,
  gift: string,
  out: SendChan<string>,
  inbox: RecvChan<string>,
) {
  const early = await select([
    send(out, gift), // gave first: select resolves to undefined
    recv(inbox, (present) => present), // got a present first
  ]);
  if (early === undefined) {
    const present = await inbox.recv();
    console.log(`${name} gave a ${gift}, then got a ${present}`);
  } else {
    await out.send(gift);
    console.log(`${name} got a ${early}, then gave a ${gift}`);
  }
}

export async function main() {
  const toBob = chan<string>();
  const toAlice = chan<string>();
  const wg = new sync.WaitGroup();
  wg.add(1);
  go(async () => {
    await swap("Bob", "kite", toAlice, toBob);
    wg.done();
  });
  await swap("Alice", "book", toBob, toAlice);
  await wg.wait();
}
