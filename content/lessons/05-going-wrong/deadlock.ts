import { chan, go, type SendChan } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

// Resizes one photo, then reports its new size.
async function resize(
  photo: string,
  sizes: SendChan<string>,
  wg: sync.WaitGroup,
) {
  try {
    await time.sleep(time.Millisecond); // the work
    await sizes.send(`${photo}: 640x480`);
  } finally {
    wg.done();
  }
}

export async function main() {
  const photos = ["beach.jpg", "cat.jpg", "moon.jpg"];
  const sizes = chan<string>();
  const wg = new sync.WaitGroup();
  for (const photo of photos) {
    wg.add(1);
    go(resize, photo, sizes, wg);
  }

  await wg.wait(); // wait for every worker to finish...
  sizes.close();
  for await (const size of sizes) console.log(size); // ...then read their sizes
}
