/**
 * How the tests and the site benchmark start Debian's Chromium: Playwright
 * cannot download its own browser on these machines, and without the
 * background-networking switches Chromium keeps trying to reach the network.
 */
export const chromiumLaunchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
