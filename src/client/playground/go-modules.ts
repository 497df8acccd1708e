// The modules a learner's program may import, by the names it imports them
// under. The sandbox runner publishes this table to the compiled program,
// whose `go` imports read from it (see compiler.worker.ts), so the program
// and the runner share one instance of the runtime.
import * as go from "go";
import * as context from "go/context";
import * as errgroup from "go/errgroup";
import * as errors from "go/errors";
import * as fmt from "go/fmt";
import * as runtime from "go/runtime";
import * as singleflight from "go/singleflight";
import * as sync from "go/sync";
import * as synctest from "go/synctest";
import * as atomic from "go/sync/atomic";
import * as time from "go/time";

export const goModules: Record<string, unknown> = {
  go,
  "go/context": context,
  "go/errgroup": errgroup,
  "go/errors": errors,
  "go/fmt": fmt,
  "go/runtime": runtime,
  "go/singleflight": singleflight,
  "go/sync": sync,
  "go/sync/atomic": atomic,
  "go/synctest": synctest,
  "go/time": time,
};
