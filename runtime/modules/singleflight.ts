// The `go/singleflight` module: golang.org/x/sync/singleflight.
export { Group, type Result } from "../singleflight.ts";
