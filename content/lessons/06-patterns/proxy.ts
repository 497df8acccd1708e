import {
  chan,
  go,
  recv,
  select,
  send,
  type RecvChan,
  type SendChan,
} from "go";
import * as runtime from "go/runtime";
import * as atomic from "go/sync/atomic";
import * as time from "go/time";

// One end of an in-memory connection, like Go's net.Pipe.
interface Conn {
  read(): Promise<string | null>; // null: the connection is closed
  write(message: string): Promise<boolean>; // false: it is closed
  close(): void; // closes both ends
}

function pipe(): [Conn, Conn] {
  const ab = chan<string>();
  const ba = chan<string>();
  const closed = chan<void>();
  const closing = new atomic.Bool(); // both ends may close at once
  const end = (inbox: RecvChan<string>, outbox: SendChan<string>) => ({
    read: () =>
      select([recv(inbox, (m) => m), recv(closed, () => null)]),
    write: (m: string) =>
      select([send(outbox, m, () => true), recv(closed, () => false)]),
    close() {
      if (closing.compareAndSwap(false, true)) closed.close();
    },
  });
  return [end(ba, ab), end(ab, ba)];
}

// Copies messages from src to dst until either is closed.
async function copy(dst: Conn, src: Conn) {
  for (;;) {
    const message = await src.read();
    if (message === null || !(await dst.write(message))) return;
  }
}

// Two copiers, one each way. When either stops, close both
// connections, which stops the other, and wait for it.
async function proxy(client: Conn, server: Conn) {
  const stopped = chan<void>(2);
  go(async () => {
    await copy(server, client);
    await stopped.send();
  });
  go(async () => {
    await copy(client, server);
    await stopped.send();
  });
  await stopped.recv(); // one side has ended
  client.close();
  server.close();
  await stopped.recv(); // and now the other copier has stopped too
  console.log("proxy: both copiers stopped");
}

// A server that answers every message in capitals until closed.
async function shout(conn: Conn) {
  for (let m = await conn.read(); m !== null; m = await conn.read()) {
    await conn.write(m.toUpperCase());
  }
  console.log("server: connection closed");
}

export async function main() {
  console.log("goroutines before:", runtime.numGoroutine());
  const [client, proxyFront] = pipe();
  const [proxyBack, server] = pipe();
  go(shout, server);
  go(proxy, proxyFront, proxyBack);

  for (const word of ["hello", "gophers"]) {
    await client.write(word);
    console.log("client got:", await client.read());
  }
  client.close(); // hang up
  await time.sleep(time.Millisecond);
  console.log("goroutines after:", runtime.numGoroutine());
}
