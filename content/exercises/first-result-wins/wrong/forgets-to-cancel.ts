// Mistake: makes a cancellable context for the requests but drops its
// cancel function, so the losers are never told to stop.
// Caught by: "cancels the other requests through their context"
import { chan, go, recv, select } from "go";
import * as context from "go/context";
import type { Request } from "../solution.ts";

export type { Request } from "../solution.ts";

export async function first<T>(
  ctx: context.Context,
  requests: Request<T>[],
): Promise<T | null> {
  const [c] = context.withCancel(ctx);
  const answers = chan<T>(requests.length);
  for (const r of requests)
    go(async () => {
      const a = await r(c);
      if (a !== null) await answers.send(a);
    });
  return select([
    recv(answers, (a) => a),
    recv(ctx.done(), () => null),
  ]);
}
