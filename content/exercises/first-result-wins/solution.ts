import { chan, go, recv, select } from "go";
import * as context from "go/context";

/** A request: resolves to its answer, or to null once ctx is done. */
export type Request<T> = (ctx: context.Context) => Promise<T | null>;

/**
 * Starts every request at once and returns the first answer, cancelling
 * the others through their context. Returns null if ctx is done first.
 */
export async function first<T>(
  ctx: context.Context,
  requests: Request<T>[],
): Promise<T | null> {
  const [requestCtx, cancel] = context.withCancel(ctx);
  try {
    // Room for every answer: a request that answers after the winner can
    // still hand its answer over and end, with nobody receiving it.
    const answers = chan<T>(requests.length);
    for (const request of requests) {
      go(async () => {
        const answer = await request(requestCtx);
        if (answer !== null) await answers.send(answer);
      });
    }
    return await select([
      recv(answers, (answer) => answer),
      recv(ctx.done(), () => null),
    ]);
  } finally {
    cancel(); // the losers see requestCtx.done() close
  }
}
