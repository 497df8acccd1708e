// The `go/synctest` module: Go's testing/synctest.Wait.
export { waitIdle as wait } from "../sched.ts";
