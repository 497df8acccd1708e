import {
  chan,
  go,
  recv,
  select,
  send,
  type RecvChan,
  type SendChan,
} from "go";

/**
 * Two channels that each get every value from `input`, in order. It stops,
 * closing both, when `input` closes or `done` does.
 */
export function tee<T>(
  done: RecvChan<void>,
  input: RecvChan<T>,
): [RecvChan<T>, RecvChan<T>] {
  // TODO: start a goroutine that hands every value to both outputs.
  return [input, input];
}
