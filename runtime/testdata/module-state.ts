// A program whose path depends on state outside main: the first call waits
// on a channel nobody sends to, any later call in the same module instance
// ends at once. A run that called main twice would show the second path.
import { chan, go } from "go";
import * as fmt from "go/fmt";

let calls = 0;

/** How many times this module instance's main has been called. */
export function mainCalls(): number {
  return calls;
}

export async function main(): Promise<void> {
  calls++;
  if (calls > 1) return;
  const never = chan<number>();
  go(async () => {
    await never.send(1);
  });
  fmt.println("call", calls);
  await never.recv();
  await never.recv();
}
