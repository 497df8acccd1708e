// One sandbox per page, shared by the examples and the exercise: the frame and
// its script (with the runtime) load on first use.
import type { Sandbox } from "./sandbox-host.ts";

let sandbox: Promise<Sandbox> | null = null;

export function loadSandbox(): Promise<Sandbox> {
  sandbox ??= Promise.all([import("./sandbox-host.ts"), import("virtual:sandbox-bundle")]).then(
    ([host, scripts]) => {
      const s = new host.Sandbox(scripts);
      void s.warm();
      return s;
    },
  );
  return sandbox;
}
