// Mistake: never reports the deadline: returns null as the error even when
// answers are missing, so the caller cannot tell a partial answer from a
// whole one.
// Caught by: "keeps the answers that arrived before the deadline"
import { chan, go, recv, select } from "go";
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
  // Never reports the deadline: a caller cannot tell a partial answer
  // from a complete one.
  return [answers.filter((a) => a !== undefined), null];
}
