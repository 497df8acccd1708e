import { recv, select } from "go";
import * as context from "go/context";
import * as errgroup from "go/errgroup";
import * as errors from "go/errors";
import * as fmt from "go/fmt";
import * as time from "go/time";

// How long each download takes; "c" fails when it is done.
const files: [string, number][] = [
  ["a", 10],
  ["b", 20],
  ["c", 15],
  ["d", 40],
  ["e", 10],
];

export async function main() {
  const start = time.now();
  const at = () => time.durationString(time.since(start));
  const outcome = new Map<string, string>();
  let running = 0;
  let most = 0;

  const [g, ctx] = errgroup.withContext(context.background());
  g.setLimit(2); // at most two downloads at once

  for (const [name, ms] of files) {
    await g.go(async () => {
      most = Math.max(most, ++running);
      try {
        return await select([
          recv(time.after(ms * time.Millisecond), () => {
            if (name === "c") {
              outcome.set(name, `failed at ${at()}`);
              return errors.new("c: 404 not found");
            }
            outcome.set(name, `done at ${at()}`);
            return null;
          }),
          recv(ctx.done(), () => {
            outcome.set(
              name,
              `stopped at ${at()}: ${ctx.err()?.message}`,
            );
            return ctx.err();
          }),
        ]);
      } finally {
        running--;
      }
    });
  }

  const err = await g.wait();
  for (const [name] of files) fmt.println(name, outcome.get(name));
  fmt.println("wait() =", err, "at", at());
  fmt.println("cause:", context.cause(ctx), "| most at once:", most);
}
