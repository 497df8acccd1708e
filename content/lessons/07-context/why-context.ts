import { chan, go, recv, select } from "go";
import * as context from "go/context";
import * as fmt from "go/fmt";
import * as time from "go/time";

// Indexes one file every 100 ms, and asks before each one whether
// its caller still wants the work done.
async function indexFiles(ctx: context.Context, files: string[]) {
  for (const file of files) {
    const stillWanted = await select([
      recv(ctx.done(), () => false),
      recv(time.after(100 * time.Millisecond), () => true),
    ]);
    if (!stillWanted) {
      fmt.println("indexing stopped:", ctx.err());
      return;
    }
    fmt.println("indexed", file);
  }
}

export async function main() {
  const root = context.background();
  fmt.println(
    "background: done() =",
    root.done(),
    "err() =",
    root.err(),
  );

  const [ctx, cancel] = context.withCancel(root);
  const finished = chan<void>();
  go(async () => {
    await indexFiles(ctx, ["a.go", "b.go", "c.go", "d.go", "e.go"]);
    finished.close();
  });

  await time.sleep(350 * time.Millisecond);
  fmt.println("the user closed the window");
  cancel();
  await finished.recv();
  fmt.println("err() =", ctx.err());
}
