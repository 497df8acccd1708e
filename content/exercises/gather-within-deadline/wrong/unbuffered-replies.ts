// Mistake: the replies channel is unbuffered: a service that replies after
// gather has returned waits to send forever.
// Caught by: "the late services see the deadline, and no goroutine is left behind"
import { chan, go, recv, select } from "go";
import * as context from "go/context";
import type { Service } from "../solution.ts";

export type { Service } from "../solution.ts";

export async function gather(
  ctx: context.Context,
  services: Service[],
): Promise<[string[], Error | null]> {
  // Unbuffered: a service that replies after gather has returned waits
  // to send forever.
  const replies = chan<[number, string, Error | null]>();
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
