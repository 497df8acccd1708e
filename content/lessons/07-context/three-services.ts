import { recv, select } from "go";
import * as context from "go/context";
import * as errgroup from "go/errgroup";
import * as fmt from "go/fmt";
import * as time from "go/time";

type Service = { name: string; latency: time.Duration };

// Calls one service: its answer after its latency, or ctx's error
// if ctx is done first.
async function call(
  ctx: context.Context,
  s: Service,
): Promise<[string, Error | null]> {
  return select([
    recv(time.after(s.latency), (): [string, null] => [s.name, null]),
    recv(ctx.done(), (): [string, Error | null] => ["", ctx.err()]),
  ]);
}

// Asks every service at once and gives them 50 ms in all.
async function page(
  parent: context.Context,
  services: Service[],
): Promise<[string[], Error | null]> {
  const [ctx, cancel] = context.withTimeout(
    parent,
    50 * time.Millisecond,
  );
  try {
    const [g, gctx] = errgroup.withContext(ctx);
    const parts: string[] = new Array(services.length);
    for (const [i, s] of services.entries()) {
      await g.go(async () => {
        const [part, err] = await call(gctx, s);
        parts[i] = part;
        return err;
      });
    }
    const err = await g.wait();
    return err === null ? [parts, null] : [[], err];
  } finally {
    cancel();
  }
}

const ms = time.Millisecond;

export async function main() {
  const cases: [string, Service[]][] = [
    [
      "fast",
      [
        { name: "profile", latency: 10 * ms },
        { name: "orders", latency: 30 * ms },
        { name: "offers", latency: 20 * ms },
      ],
    ],
    [
      "slow",
      [
        { name: "profile", latency: 10 * ms },
        { name: "orders", latency: 30 * ms },
        { name: "offers", latency: 80 * ms },
      ],
    ],
  ];
  for (const [label, services] of cases) {
    const start = time.now();
    const [parts, err] = await page(context.background(), services);
    const took = time.durationString(time.since(start));
    fmt.println(label, parts, err, "after", took);
  }
}
