import { chan, close, go, recv, select, send, type RecvChan } from "go";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as time from "go/time";

// A value or the error that replaced it: Go's (value, err) pair.
type Result<T> = { value: T; err: null } | { value: null; err: Error };

function atoi(text: string): Result<number> {
  if (/^[+-]?\d+$/.test(text))
    return { value: Number(text), err: null };
  return {
    value: null,
    err: fmt.errorf("strconv.Atoi: parsing %q: invalid syntax", text),
  };
}

// parseAll doesn't decide what an error means: it sends it on, with the
// results, to the code that knows.
function parseAll(
  done: RecvChan<void>,
  ...texts: string[]
): RecvChan<Result<number>> {
  const out = chan<Result<number>>();
  go(async () => {
    try {
      for (const text of texts) {
        const sent = await select([
          send(out, atoi(text), () => true),
          recv(done, () => false),
        ]);
        if (!sent) return;
      }
    } finally {
      out.close();
    }
  });
  return out;
}

export async function main() {
  const done = chan<void>();
  const inputs = ["12", "7", "x1", "30", "", "5", "9"];

  let sum = 0;
  let failures = 0;
  for await (const r of parseAll(done, ...inputs)) {
    if (r.err !== null) {
      fmt.println("error:", r.err);
      if (++failures === 2) {
        fmt.println("two errors: giving up");
        break;
      }
      continue;
    }
    sum += r.value;
  }
  close(done);

  await time.sleep(time.Millisecond); // a moment for parseAll to return
  fmt.println("sum:", sum, "goroutines:", runtime.numGoroutine());
}
