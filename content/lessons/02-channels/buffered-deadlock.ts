import { cap, chan, len, type Chan } from "go";

function show(at: string, ch: Chan<string>) {
  console.log(`${at.padEnd(10)} len ${len(ch)}, cap ${cap(ch)}`);
}

export async function main() {
  const mailbox = chan<string>(3); // room for three letters
  show("new", mailbox);

  // No one receives, yet these sends don't wait: there is room.
  await mailbox.send("bill");
  await mailbox.send("postcard");
  show("two in", mailbox);

  const letter = await mailbox.recv(); // oldest first
  show(`${letter} out`, mailbox);

  for (const next of ["parcel", "magazine", "invitation"]) {
    console.log(`posting ${next}`);
    await mailbox.send(next);
  }
  console.log("everything posted");
}
