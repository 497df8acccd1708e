import { recv, select } from "go";
import * as time from "go/time";

export async function main() {
  const tick = time.tick(100 * time.Millisecond); // every 100ms, forever
  const boom = time.after(500 * time.Millisecond); // once, at 500ms

  for (;;) {
    const exploded = await select(
      [
        recv(tick, () => {
          console.log("tick.");
          return false;
        }),
        recv(boom, () => {
          console.log("BOOM!");
          return true;
        }),
      ],
      async () => {
        console.log("    .");
        await time.sleep(50 * time.Millisecond);
        return false;
      },
    );
    if (exploded) return;
  }
}
