// The `go/sync` module: Go's package sync.
export { Cond, newCond } from "../sync/cond.ts";
export { Map } from "../sync/map.ts";
export { type Locker, Mutex } from "../sync/mutex.ts";
export { Once } from "../sync/once.ts";
export { Pool } from "../sync/pool.ts";
export { RWMutex } from "../sync/rwmutex.ts";
export { WaitGroup } from "../sync/waitgroup.ts";
