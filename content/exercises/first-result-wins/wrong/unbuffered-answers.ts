// Mistake: the answers channel is unbuffered: when several requests answer
// at once, the losers wait to send forever, and cancelling their context
// cannot free a goroutine blocked in a send.
// Caught by: "leaves nothing behind when several answer at once"
import { chan, go, recv, select } from "go";
import * as context from "go/context";
import type { Request } from "../solution.ts";

export type { Request } from "../solution.ts";

export async function first<T>(
  ctx: context.Context,
  requests: Request<T>[],
): Promise<T | null> {
  const [c, cancel] = context.withCancel(ctx);
  const answers = chan<T>();
  for (const r of requests)
    go(async () => {
      const a = await r(c);
      if (a !== null) await answers.send(a);
    });
  const v = await select([
    recv(answers, (a) => a),
    recv(ctx.done(), () => null),
  ]);
  cancel();
  return v;
}
