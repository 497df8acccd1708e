import { go } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

async function download(
  name: string,
  wait: number,
  wg: sync.WaitGroup,
) {
  try {
    await time.sleep(wait);
    const took = time.durationString(wait);
    console.log(`${name}: downloaded after ${took}`);
  } finally {
    wg.done(); // in finally, so it runs however the function ends
  }
}

export async function main() {
  const wg = new sync.WaitGroup();
  const files = [
    { name: "photos.zip", wait: 300 * time.Millisecond },
    { name: "notes.txt", wait: 20 * time.Millisecond },
    { name: "song.mp3", wait: 150 * time.Millisecond },
  ];

  for (const file of files) {
    wg.add(1); // count the goroutine before starting it
    go(download, file.name, file.wait, wg);
  }

  await wg.wait();
  console.log("main: all downloads are done");
}
