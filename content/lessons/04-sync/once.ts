import { chan } from "go";
import * as sync from "go/sync";
import * as time from "go/time";

type Config = { timeout: string };

class Server {
  private readonly loadOnce = new sync.Once();
  private cfg: Config | null = null;

  private readonly stopOnce = new sync.Once();
  readonly stopped = chan<void>();

  // Every caller gets the same config; the first call loads it.
  async config(): Promise<Config> {
    await this.loadOnce.do(async () => {
      console.log("loading config...");
      await time.sleep(50 * time.Millisecond); // reading a file
      this.cfg = { timeout: "30s" };
    });
    return this.cfg!;
  }

  // Safe to call any number of times, from any goroutine.
  async stop() {
    await this.stopOnce.do(() => this.stopped.close());
  }
}

export async function main() {
  const server = new Server();

  const wg = new sync.WaitGroup();
  const got: (Config | null)[] = [null, null, null, null, null];
  for (let i = 0; i < 5; i++) {
    wg.go(async () => {
      got[i] = await server.config();
    });
  }
  await wg.wait();
  const same = got.every((c) => c === got[0]);
  const timeout = got[0]?.timeout;
  console.log(`5 callers; the same config: ${same}; ${timeout}`);

  wg.go(async () => {
    await server.stopped.recv();
    console.log("watcher: the server has stopped");
  });
  for (let i = 0; i < 3; i++) wg.go(() => server.stop());
  await wg.wait();
  console.log("stop: called 3 times, closed the channel once");
}
