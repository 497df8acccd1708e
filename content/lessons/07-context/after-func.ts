import { chan, go, recv, select, send } from "go";
import * as context from "go/context";
import * as fmt from "go/fmt";
import * as time from "go/time";

// A connection whose read waits for a message or for close(),
// and knows nothing about contexts.
class Conn {
  private readonly inbox = chan<string>();
  private readonly closed = chan<void>();
  deliver(after: time.Duration, message: string) {
    go(async () => {
      await time.sleep(after);
      await select([send(this.inbox, message), recv(this.closed)]);
    });
  }
  read(): Promise<string | null> {
    return select([
      recv(this.inbox, (message) => message),
      recv(this.closed, () => null),
    ]);
  }
  close() {
    fmt.println("  afterFunc: closing the connection");
    this.closed.close();
  }
}

// Reads one message, but gives up when ctx is done.
async function readMessage(ctx: context.Context, conn: Conn) {
  const stop = context.afterFunc(ctx, () => conn.close());
  const message = await conn.read();
  fmt.println("  stop() =", stop());
  return message ?? fmt.sprintf("nothing (%v)", ctx.err());
}

// One attempt with 50 ms to spare; the message comes after
// `delay`, or never if delay is null.
async function attempt(delay: time.Duration | null) {
  const start = time.now();
  const [ctx, cancel] = context.withTimeout(
    context.background(),
    50 * time.Millisecond,
  );
  const conn = new Conn();
  if (delay !== null) conn.deliver(delay, "hello");
  const got = await readMessage(ctx, conn);
  const took = time.durationString(time.since(start));
  fmt.println("  read", got, "after", took);
  cancel();
}

export async function main() {
  fmt.println("a message due in 20ms:");
  await attempt(20 * time.Millisecond);
  fmt.println("a message that never comes:");
  await attempt(null);
}
