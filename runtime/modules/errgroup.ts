// The `go/errgroup` module: golang.org/x/sync/errgroup.
export { Group, type Task, withContext } from "../errgroup.ts";
