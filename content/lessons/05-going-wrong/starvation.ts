import * as sync from "go/sync";
import * as time from "go/time";

const page = time.Millisecond; // the time to print one page

export async function main() {
  const printer = new sync.Mutex();
  const pages = { greedy: 0, polite: 0 };
  const wg = new sync.WaitGroup();
  const end = time.now().add(time.Second);

  // Holds the printer for three pages at a time.
  wg.go(async () => {
    while (time.now().before(end)) {
      await printer.lock();
      for (let i = 0; i < 3; i++) {
        await time.sleep(page);
        pages.greedy++;
      }
      printer.unlock();
    }
  });

  // Takes the printer for one page, and lets it go in between.
  wg.go(async () => {
    while (time.now().before(end)) {
      for (let i = 0; i < 3; i++) {
        await printer.lock();
        await time.sleep(page);
        pages.polite++;
        printer.unlock();
      }
    }
  });

  await wg.wait();
  console.log("greedy printed", pages.greedy, "pages");
  console.log("polite printed", pages.polite, "pages");
}
