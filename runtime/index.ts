// The `go` module: what learner code imports.
//
//   import { go, chan, select, recv, send, close, panic } from "go";
//   import * as time from "go/time";  // or: import { time } from "go"

export { cap, chan, close, go, len, panic } from "./builtin.ts";
export type { Chan, RecvChan, SendChan } from "./chan.ts";
export { recover } from "./panic.ts";
export { recv, select, send, type SelectCase } from "./select.ts";

export * as fmt from "./modules/fmt.ts";
export * as runtime from "./modules/runtime.ts";
export * as time from "./modules/time.ts";
export * as sync from "./modules/sync.ts";
export * as atomic from "./modules/sync/atomic.ts";
export * as context from "./modules/context.ts";
export * as singleflight from "./modules/singleflight.ts";
export * as errgroup from "./modules/errgroup.ts";
export * as errors from "./modules/errors.ts";
