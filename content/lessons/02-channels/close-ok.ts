import { chan, go, type Chan } from "go";

async function kitchen(orders: Chan<string>) {
  for (const dish of ["soup", "pasta", "cake"]) {
    await orders.send(dish);
  }
  orders.close(); // no more dishes: tell the waiter
  console.log("kitchen: closed");
}

export async function main() {
  const orders = chan<string>(3);
  go(kitchen, orders);

  for (;;) {
    const [dish, ok] = await orders.recvOk();
    if (!ok) break; // closed, and nothing left in it
    console.log("waiter: serving", dish);
  }

  // A closed channel never makes a receiver wait.
  const [dish, ok] = await orders.recvOk();
  console.log("after the close:", dish, ok);
}
