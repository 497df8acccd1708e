import { chan, go, recv, select, send } from "go";

export async function main() {
  const tickets = chan<number>();
  const closing = chan<void>();

  // A customer takes three tickets, then closes the shop.
  go(async () => {
    for (let i = 0; i < 3; i++) {
      console.log("customer: got ticket", await tickets.recv());
    }
    closing.close();
  });

  // The dispenser offers the next ticket until the shop closes.
  let next = 1;
  loop: for (;;) {
    const event = await select([
      send(tickets, next, () => "taken"),
      recv(closing, () => "closing"),
    ]);
    switch (event) {
      case "taken":
        next++;
        break; // leaves the switch, not the loop
      case "closing":
        break loop; // leaves the loop labelled `loop`
    }
  }
  console.log("dispenser: handed out", next - 1, "tickets");
}
