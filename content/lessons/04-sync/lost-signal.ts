import { chan, go } from "go";
import * as fmt from "go/fmt";
import * as sync from "go/sync";

export async function main() {
  let order = ""; // guarded by mu
  const mu = new sync.Mutex();
  const orderIn = new sync.Cond(mu);
  const listening = chan<boolean>();
  const served = new sync.WaitGroup();
  served.add(1);

  go(async () => {
    await listening.send(true); // tell the customer we are ready
    await mu.lock();
    await orderIn.wait(); // no look at `order` first
    fmt.println("making", order);
    mu.unlock();
    served.done();
  });

  await listening.recv(); // wait until the barista listens
  await mu.lock();
  order = "tea";
  mu.unlock();
  orderIn.signal();
  await served.wait();
}
