// Package fmt's printing functions. Formatting itself (Go's verbs) lives in
// format.ts; output goes to the program's stdout through the scheduler,
// which enforces the output limit and records print events.

import { sprint, sprintf, sprintln } from "./format.ts";
import { write } from "./sched.ts";

export { errorf, sprint, sprintf, sprintln } from "./format.ts";

/** Prints its operands separated by spaces and a newline: Go's `fmt.Println`. */
export function println(...args: unknown[]): void {
  write(sprintln(...args));
}

/** Prints according to a format with Go's verbs (`%v %d %s %q %T %5.2f`…): Go's `fmt.Printf`. */
export function printf(format: string, ...args: unknown[]): void {
  write(sprintf(format, ...args));
}

/** Prints its operands, with spaces between operands when neither is a string: Go's `fmt.Print`. */
export function print(...args: unknown[]): void {
  write(sprint(...args));
}
