// Mistake: waits for every reply and never selects on ctx.done(), so a
// service that ignores the deadline keeps gather waiting past it.
// Caught by: "returns at the deadline, even if a service ignores it"
import { chan, go } from "go";
import * as context from "go/context";
import type { Service } from "../solution.ts";

export type { Service } from "../solution.ts";

export async function gather(
  ctx: context.Context,
  services: Service[],
): Promise<[string[], Error | null]> {
  const replies = chan<[number, string, Error | null]>(services.length);
  for (const [i, service] of services.entries()) {
    go(async () => {
      const [answer, err] = await service(ctx);
      await replies.send([i, answer, err]);
    });
  }
  // Waits for every reply: a service that ignores ctx keeps it waiting
  // long past the deadline.
  const answers: (string | undefined)[] = new Array(services.length);
  for (let pending = services.length; pending > 0; pending--) {
    const [i, answer, err] = await replies.recv();
    if (err === null) answers[i] = answer;
  }
  const got = answers.filter((a) => a !== undefined);
  return [got, got.length === services.length ? null : ctx.err()];
}
