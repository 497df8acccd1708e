import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * Puzzles: the learner is the scheduler of a lesson's program and must make
 * it go wrong; the page checks the win by replaying the choices on a fresh run.
 * Here, the lock-ordering puzzle: two transfers that take two mutexes in
 * opposite orders, driven into the deadlock by hand.
 */

const lesson = "going-wrong/lock-ordering/";

function puzzle(page: Page): Locator {
  return page.getByRole("region", { name: "Puzzle: be the scheduler" });
}

/** The step panel's line that asks for the next choice, or says how the run ended. */
function question(page: Page): Locator {
  return puzzle(page).locator(".step-mode > p[role=status]");
}

test.beforeEach(async ({ page }) => {
  // Every step runs the program again in the sandbox: slow on a busy machine.
  test.setTimeout(150_000);
  await page.goto(lesson);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test("the lock-ordering puzzle is solved by driving both transfers into the deadlock, and Undo goes back", async ({
  page,
}) => {
  const p = puzzle(page);
  await expect(p).toContainText("Goal: drive the program into a deadlock");
  const start = p.getByRole("button", { name: "Start" });

  // The keyboard: Start, then the first choice, which has the focus.
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(question(page)).toContainText("Step 1: which goroutine runs next?", {
    timeout: 60_000,
  });
  const options = p.getByRole("group", { name: "Choices" });
  await expect(options.getByRole("button")).toHaveCount(2);
  const first = options.getByRole("button").first();
  await expect(first).toHaveText(/^g2\b/);
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter"); // g2: the transfer from Ann to Ben, which locks Ann first

  // g2 has Ann's lock: make it give way before it takes Ben's.
  await expect(question(page)).toContainText("Step 2:", { timeout: 60_000 });
  await expect(question(page)).toContainText("Does it keep the processor?");
  await options.getByRole("button", { name: "Keep running" }).click();

  // Keeping the processor lets g2 take both locks: no deadlock down this road. Undo.
  await expect(question(page)).toContainText("Step 3:", { timeout: 60_000 });
  await p.getByRole("button", { name: "Undo" }).click();
  await expect(question(page)).toContainText("Step 2:", { timeout: 60_000 });
  await expect(question(page)).toContainText("Does it keep the processor?");
  await options.getByRole("button", { name: "Switch" }).click();

  await expect(question(page)).toContainText("Step 3: which goroutine runs next?", {
    timeout: 60_000,
  });
  await options.getByRole("button", { name: /^g3\b/ }).click(); // Ben to Ann: locks Ben
  await expect(question(page)).toContainText("Step 4:", { timeout: 60_000 });
  await options.getByRole("button", { name: "Keep running" }).click();

  await expect(question(page)).toContainText("all goroutines are asleep - deadlock!", {
    timeout: 60_000,
  });
  const status = p.locator("[data-puzzle-status]");
  await expect(status).toContainText("Solved in 4 steps", { timeout: 60_000 });
  await expect(status).toHaveAttribute("role", "status");
  await expect(p).toHaveAttribute("data-solved-now", "4");
  await expect(p.locator("[data-puzzle-badge]")).toHaveText("Solved");

  // Kept with the learner's progress: the next visit says so.
  await page.reload();
  await expect(puzzle(page).locator("[data-puzzle-badge]")).toHaveText("Solved before");
});

test("a schedule that does not deadlock is not a win", async ({ page }) => {
  const p = puzzle(page);
  await p.getByRole("button", { name: "Start" }).click();
  const options = p.getByRole("group", { name: "Choices" });
  // Always the first choice: one transfer takes both locks, then the other.
  for (let step = 1; step < 12; step++) {
    await expect(question(page)).toContainText(/Step \d+:|ran to its end/, { timeout: 60_000 });
    if ((await question(page).innerText()).includes("ran to its end")) break;
    await options.getByRole("button").first().click();
    await expect(question(page)).not.toContainText(`Step ${step}:`, { timeout: 60_000 });
  }
  await expect(question(page)).toContainText("exit status 0");
  await expect(p.locator("[data-puzzle-status]")).toContainText("Not this time", {
    timeout: 60_000,
  });
  await expect(p).not.toHaveAttribute("data-solved");
  // Start again is the reset: back to the first choice.
  await p.getByRole("button", { name: "Start again" }).click();
  await expect(question(page)).toContainText("Step 1:", { timeout: 60_000 });
  await expect(p.locator("[data-puzzle-status]")).toHaveText("");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in a started puzzle (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await puzzle(page).getByRole("button", { name: "Start" }).click();
    await expect(question(page)).toContainText("Step 1:", { timeout: 60_000 });
    const results = await new AxeBuilder({ page }).include(".puzzle").analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test("the cash machine puzzle is won on what the replay prints: both withdrawals paid", async ({
  page,
}) => {
  test.setTimeout(300_000); // seven steps, each a run in the sandbox, then the check
  await page.goto("sync/mutex/");
  const p = puzzle(page);
  await expect(p).toContainText("Goal: make the program print the line “balance: -40”");
  await p.getByRole("button", { name: "Start" }).click();
  const options = p.getByRole("group", { name: "Choices" });
  // g2 checks the balance and gives way while it counts out the notes; g3
  // checks the same 100 and runs to its end; g2 then takes its 70 too.
  const moves = [
    "g2",
    "Keep running",
    "Switch",
    "g3",
    "Keep running",
    "Keep running",
    "Keep running",
  ];
  for (const [i, move] of moves.entries()) {
    await expect(question(page)).toContainText(`Step ${i + 1}:`, { timeout: 60_000 });
    await options.getByRole("button", { name: move, exact: true }).click();
  }
  await expect(question(page)).toContainText("ran to its end: exit status 0", { timeout: 60_000 });
  await expect(p.locator(".step-output")).toContainText("balance: -40");
  await expect(p.locator("[data-puzzle-status]")).toContainText("Solved in 7 steps", {
    timeout: 60_000,
  });
});
