import { chan, recv, select, send } from "go";

export async function main() {
  const mailbox = chan<string>(1); // room for one letter

  for (const letter of ["invoice", "postcard"]) {
    const outcome = await select(
      [send(mailbox, letter, () => "posted")],
      () => "mailbox full, kept it", // default: runs if the send would block
    );
    console.log(`${letter}: ${outcome}`);
  }

  for (let i = 0; i < 2; i++) {
    const found = await select(
      [recv(mailbox, (letter) => `found the ${letter}`)],
      () => "the mailbox is empty",
    );
    console.log(found);
  }
}
