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
  // TODO: start them all at once, keep the first answer, and cancel the
  // rest through a context made with context.withCancel(ctx).
  for (const request of requests) {
    const answer = await request(ctx);
    if (answer !== null) return answer;
  }
  return null;
}
