// A built site served by `astro preview` on a port of its own, for the
// scripts that drive Chromium against it (bench/site.bench.ts,
// scripts/timeline-screenshot.ts).
import { spawn } from "node:child_process";

export interface Preview {
  /** The site's address, ending in a slash. */
  base: string;
  stop(): void;
}

/** Serves `distDir` on `port` and resolves once it answers. */
export async function startPreview(distDir: string, port: number): Promise<Preview> {
  const base = `http://127.0.0.1:${port}/`;
  // A server left on the port (by an earlier run) would be measured instead of this site.
  if (await answers(base))
    throw new Error(`port ${port} is taken: is another astro preview still running?`);
  const server = spawn(
    "npx",
    [
      "astro",
      "preview",
      "--ignore-lock",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--outDir",
      distDir,
    ],
    // A group of its own, so that the server (npx's child) ends with the caller.
    { stdio: "ignore", detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 150; i++) {
    if (await answers(base)) return { base, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not start on port ${port}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
