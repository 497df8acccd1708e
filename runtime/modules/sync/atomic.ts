// The `go/sync/atomic` module: Go's package sync/atomic, its typed values.
export {
  Bool,
  Int32,
  Int64,
  Pointer,
  Uint32,
  Uint64,
  Value,
} from "../../sync/atomic.ts";
