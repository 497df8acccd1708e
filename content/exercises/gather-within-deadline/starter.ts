import { chan, go, recv, select } from "go";
import * as context from "go/context";

/**
 * A service: resolves to its answer and null, or, if the context is
 * done first, to "" and the context's error.
 */
export type Service = (
  ctx: context.Context,
) => Promise<[string, Error | null]>;

/**
 * Asks every service at once. Returns the answers that arrived before
 * ctx was done, in the services' order, and null if every service
 * answered, else ctx's error.
 */
export async function gather(
  ctx: context.Context,
  services: Service[],
): Promise<[string[], Error | null]> {
  // TODO: ask the services at the same time, not one after another, and
  // stop waiting as soon as ctx is done.
  const answers: string[] = [];
  for (const service of services) {
    const [answer, err] = await service(ctx);
    if (err === null) answers.push(answer);
  }
  return [
    answers,
    answers.length === services.length ? null : ctx.err(),
  ];
}
