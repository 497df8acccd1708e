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
  // One line per download; each goroutine writes only its own.
  const lines: string[] = new Array(files.length);

  const [g, ctx] = errgroup.withContext(context.background());
  g.setLimit(2); // at most two downloads at once

  for (const [i, [name, ms]] of files.entries()) {
    await g.go(async () => {
      const began = `${name}: started at ${at()},`;
      return select([
        recv(time.after(ms * time.Millisecond), () => {
          if (name === "c") {
            lines[i] = `${began} failed at ${at()}`;
            return errors.new("c: 404 not found");
          }
          lines[i] = `${began} done at ${at()}`;
          return null;
        }),
        recv(ctx.done(), () => {
          lines[i] =
            `${began} stopped at ${at()} (${ctx.err()?.message})`;
          return ctx.err();
        }),
      ]);
    });
  }

  const err = await g.wait();
  for (const line of lines) fmt.println(line);
  fmt.println("wait() =", err, "at", at());
  fmt.println("cause:", context.cause(ctx));
}
