// The `go/runtime` module: Go's package runtime, the scheduler's controls.
export { GOMAXPROCS, gosched, numCPU, numGoroutine } from "../runtime.ts";
