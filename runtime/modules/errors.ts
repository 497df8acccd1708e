// The `go/errors` module: Go's package errors.
export { as, is, join, new, unwrap } from "../errors.ts";
