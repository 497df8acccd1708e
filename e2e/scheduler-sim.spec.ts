import { expect, test } from "@playwright/test";

// The scheduler chapter's simulator: stepped by mouse and keyboard, GOMAXPROCS
// changed while it runs, and a log that a screen reader can follow.

// Dozens of clicks each, on machines that may be busy.
test.describe.configure({ timeout: 90_000 });

const stealing = "scheduler/work-stealing/";
const gomaxprocs = "scheduler/gomaxprocs/";

test("steps one decision at a time, and says what happened and why", async ({ page }) => {
  await page.goto(stealing);
  const sim = page.getByRole("figure", { name: /Scheduler simulator/ });
  const log = sim.getByRole("region", { name: "Scheduler log" });
  await expect(log.getByRole("listitem")).toHaveCount(1);
  await expect(log).toContainText("G1 (main) starts on P0, run by M0");

  const step = sim.getByRole("button", { name: "One decision" });
  await step.click();
  await expect(log.getByRole("listitem")).toHaveCount(2);
  await expect(log.getByRole("listitem").last()).toHaveText(
    "1ms: G1 starts G2: it goes to P0's runnext slot",
  );

  // The keyboard works too: focus the button and press Enter, then Space.
  await step.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press(" ");
  await expect(log.getByRole("listitem")).toHaveCount(4);
  for (let i = 0; i < 12; i++) await step.click();
  await expect(log).toContainText("it steals");
  await expect(sim.locator("[data-latest]")).not.toBeEmpty();
});

test("changing GOMAXPROCS while it runs resizes the Ps, and Restart keeps it", async ({ page }) => {
  await page.goto(gomaxprocs);
  const sim = page.getByRole("figure", { name: /Scheduler simulator/ });
  const ps = sim.getByRole("list", { name: "Ps" }).locator(":scope > li");
  await expect(ps).toHaveCount(1);
  await sim.getByRole("button", { name: "One decision" }).click();
  await sim.getByLabel("GOMAXPROCS").selectOption("4");
  await expect(ps).toHaveCount(4);
  await expect(sim.getByRole("region", { name: "Scheduler log" })).toContainText(
    "GOMAXPROCS(4): the world stops for a moment and P1–P3 are added, idle",
  );

  await sim.getByRole("button", { name: "Restart" }).click();
  await expect(ps).toHaveCount(4);
  await sim.getByLabel("Speed").selectOption("fast");
  await sim.getByRole("button", { name: "Play" }).click();
  await expect(sim.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(sim).toContainText("all finished at 20ms", { timeout: 30_000 });
  await expect(sim.getByRole("button", { name: "One decision" })).toBeDisabled();
});

test("without JavaScript the figure shows the scenario's first state", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(stealing);
  const sim = page.getByRole("figure", { name: /Scheduler simulator/ });
  await expect(sim.getByRole("list", { name: "Ps" }).locator(":scope > li")).toHaveCount(4);
  await expect(sim.getByRole("button", { name: "One decision" })).toBeHidden();
  await expect(sim).toContainText("G1 (main) starts on P0");
  await context.close();
});
