// Mistake: hands the caller's ctx straight to the requests and never
// cancels the losers, which run to the end after first has returned.
// Caught by: "cancels the other requests through their context"
import { chan, go, recv, select } from "go";
import * as context from "go/context";
import type { Request } from "../solution.ts";

export type { Request } from "../solution.ts";

export async function first<T>(
  ctx: context.Context,
  requests: Request<T>[],
): Promise<T | null> {
  const answers = chan<T>(requests.length);
  for (const r of requests)
    go(async () => {
      const a = await r(ctx);
      if (a !== null) await answers.send(a);
    });
  return select([
    recv(answers, (a) => a),
    recv(ctx.done(), () => null),
  ]);
}
