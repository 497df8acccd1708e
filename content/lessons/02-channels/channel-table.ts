import { chan, close, recover, recv, select, send } from "go";
import type { Chan } from "go";
import * as fmt from "go/fmt";

type Ch = Chan<number> | null;

const states = ["nil", "empty", "one in", "full", "closed"];

// A new channel, with room for two values, in the state named.
async function make(state: string): Promise<Ch> {
  if (state === "nil") return null;
  const ch = chan<number>(2);
  if (state === "one in" || state === "full") await ch.send(1);
  if (state === "full") await ch.send(2);
  if (state === "closed") ch.close();
  return ch;
}

// A select with a default (chapter 3) never waits: if the
// operation would block, the default runs instead.
function tryReceive(ch: Ch) {
  const got = (v: number, ok: boolean) => `got ${v}, ok ${ok}`;
  return select([recv(ch, got)], () => "blocks");
}
function trySend(ch: Ch) {
  return select([send(ch, 9, () => "sent 9")], () => "blocks");
}
function tryClose(ch: Ch) {
  close(ch);
  return "closed";
}

export async function main() {
  const tries = {
    receive: tryReceive,
    send: trySend,
    close: tryClose,
  };
  for (const state of states) {
    for (const [operation, attempt] of Object.entries(tries)) {
      let result: string;
      try {
        const ch = await make(state); // a new one for each cell
        result = await attempt(ch);
      } catch (e) {
        result = fmt.sprint("panic: ", recover(e));
      }
      fmt.printf("%-8s %-8s %s\n", state, operation, result);
    }
  }
}
