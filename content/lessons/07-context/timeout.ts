import { recv, select } from "go";
import * as context from "go/context";
import * as fmt from "go/fmt";
import * as time from "go/time";

// Brews for `takes`, unless ctx is done first.
async function brew(ctx: context.Context, takes: time.Duration) {
  return select([
    recv(time.after(takes), () => null),
    recv(ctx.done(), () => ctx.err()),
  ]);
}

export async function main() {
  const start = time.now();
  const at = () => time.durationString(time.since(start));
  const [ctx, cancel] = context.withTimeout(
    context.background(),
    50 * time.Millisecond,
  );
  try {
    const [deadline] = ctx.deadline();
    fmt.println("deadline:", deadline);

    // A child cannot outlive its parent: asking for a later
    // deadline leaves it with the parent's.
    const [child, cancelChild] = context.withDeadline(
      ctx,
      start.add(time.Hour),
    );
    fmt.println("child's deadline:", child.deadline()[0]);
    cancelChild();

    fmt.println(
      "espresso:",
      await brew(ctx, 30 * time.Millisecond),
      at(),
    );
    fmt.println("filter:  ", await brew(ctx, 4 * time.Minute), at());
    fmt.println("tea:     ", await brew(ctx, time.Millisecond), at());
  } finally {
    cancel(); // stops the deadline's timer if it has not fired yet
  }
}
