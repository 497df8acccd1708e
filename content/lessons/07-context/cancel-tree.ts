import { chan, go } from "go";
import * as context from "go/context";
import * as errors from "go/errors";
import * as fmt from "go/fmt";

type Tree = Record<string, context.Context>;

// Says, for every context, whether its done channel is closed, and why.
function report(when: string, tree: Tree) {
  fmt.println(`-- ${when}`);
  for (const [name, ctx] of Object.entries(tree)) {
    if (ctx.err() === null) {
      fmt.printf("%-9s running\n", name);
    } else {
      fmt.printf(
        "%-9s done  err=%v  cause=%v\n",
        name,
        ctx.err(),
        context.cause(ctx),
      );
    }
  }
}

export async function main() {
  // One request and the work it started, as a tree of contexts:
  // request → search → index and spelling; request → ads.
  const [request, hangUp] = context.withCancelCause(
    context.background(),
  );
  const [search, cancelSearch] = context.withCancel(request);
  const [index] = context.withCancel(search);
  const [spelling] = context.withCancel(search);
  const [ads] = context.withCancel(request);
  const tree = { request, search, index, spelling, ads };

  // A goroutine working for ads waits for its done channel to close.
  const stopped = chan<void>();
  go(async () => {
    await ads.done()!.recv();
    fmt.println("ads worker stops:", context.cause(ads));
    stopped.close();
  });

  report("at the start", tree);

  cancelSearch(); // a middle node: it and everything below it
  report("after cancelSearch()", tree);

  hangUp(errors.new("client hung up")); // the root: everything left
  report("after hangUp(...)", tree);

  await stopped.recv();
}
