// Mistake: derives the requests' context from context.background() and
// never watches ctx, so the caller's deadline and cancel are ignored.
// Caught by: "gives up, returning null, when the caller's context is done first"
import { chan, go } from "go";
import * as context from "go/context";
import type { Request } from "../solution.ts";

export type { Request } from "../solution.ts";

export async function first<T>(
  ctx: context.Context,
  requests: Request<T>[],
): Promise<T | null> {
  const [c, cancel] = context.withCancel(context.background());
  const answers = chan<T>(requests.length);
  for (const r of requests)
    go(async () => {
      const a = await r(c);
      if (a !== null) await answers.send(a);
    });
  const v = await answers.recv();
  cancel();
  return v;
}
