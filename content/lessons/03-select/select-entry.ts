import { type Chan, chan, recv, select, send } from "go";

function channel(name: string, ch: Chan<string>): Chan<string> {
  console.log(`evaluating the ${name} channel`);
  return ch;
}

function reply(): string {
  console.log("evaluating the reply");
  return "thanks";
}

export async function main() {
  const inbox = chan<string>(1);
  const outbox = chan<string>(); // nobody receives: this send cannot go ahead
  await inbox.send("hello");

  const what = await select([
    recv(channel("inbox", inbox), (m) => `received ${m}`),
    send(channel("outbox", outbox), reply(), () => "sent the reply"),
  ]);
  console.log(what);
}
