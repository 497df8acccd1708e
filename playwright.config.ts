import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium.ts";

/**
 * End-to-end tests against the built site, in Debian's Chromium (Playwright
 * cannot download its own browser on these machines; scripts/ensure-chromium.sh
 * installs it). `npm run test:e2e` builds the site twice first: at the root
 * (dist/) and under /tour/ (dist-base/), to prove every link respects the base path.
 */

const sitePort = 4380;
const basePort = 4381;
const preview = (port: number) =>
  // --ignore-lock: two previews of one project may run at once (and beside a developer's own).
  `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    launchOptions: chromiumLaunchOptions,
    // The site's service worker caches the whole tour (about 37 MB) when a page
    // is idle; in every test's fresh browser that would be gigabytes served by
    // the preview per run. e2e/offline.spec.ts allows it and tests it.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "site",
      testIgnore: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${sitePort}/` },
    },
    {
      name: "base-path",
      // The offline tour is tested under the base path too: the worker's scope is /tour/.
      testMatch: /(base-path|offline)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${basePort}/tour/` },
    },
  ],
  webServer: [
    {
      command: preview(sitePort),
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: false,
    },
    {
      command: `${preview(basePort)} --outDir dist-base`,
      url: `http://127.0.0.1:${basePort}/tour/`,
      env: { BASE_PATH: "/tour/" },
      reuseExistingServer: false,
    },
  ],
});
