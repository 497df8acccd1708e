// Mistake: the services' goroutines write their answers straight into a
// shared array and count themselves in; gather reads both with nothing
// ordering the accesses, and a late service writes after it has returned.
// Caught by: "has no data race, even with services answering after it returns"
import { go, recv, select } from "go";
import * as context from "go/context";
import type { Service } from "../solution.ts";

export type { Service } from "../solution.ts";

export async function gather(
  ctx: context.Context,
  services: Service[],
): Promise<[string[], Error | null]> {
  // Each service's goroutine writes its answer straight into the shared
  // array, and counts itself in: gather reads both with no
  // synchronisation, and a late service writes after it has returned.
  const answers: (string | undefined)[] = new Array(services.length);
  let replied = 0;
  for (const [i, service] of services.entries()) {
    go(async () => {
      const [answer, err] = await service(ctx);
      if (err === null) answers[i] = answer;
      replied++;
    });
  }
  await select([recv(ctx.done())]);
  const got = answers.filter((a) => a !== undefined);
  return [got, replied === services.length ? null : ctx.err()];
}
