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
  // Room for every reply: a service that replies after we have returned
  // can still drop its reply off and end.
  const replies = chan<[number, string, Error | null]>(services.length);
  for (const [i, service] of services.entries()) {
    go(async () => {
      const [answer, err] = await service(ctx);
      await replies.send([i, answer, err]);
    });
  }

  const answers: (string | undefined)[] = new Array(services.length);
  for (let pending = services.length; pending > 0; pending--) {
    const stop = await select([
      recv(replies, ([i, answer, err]) => {
        if (err === null) answers[i] = answer;
        return false;
      }),
      recv(ctx.done(), () => true),
    ]);
    if (stop) break;
  }

  const got = answers.filter((a) => a !== undefined);
  return [got, got.length === services.length ? null : ctx.err()];
}
