import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * Seeing the schedule: the Timeline tab beside Output, and Explore schedules.
 */

const lesson = "goroutines/go-statement/";

function example(page: Page): Locator {
  return page.locator("figure[data-example]").first();
}

async function setCode(page: Page, code: string): Promise<void> {
  await example(page).locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

async function run(page: Page): Promise<void> {
  await example(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(example(page).getByRole("region", { name: "Output" })).toContainText(
    /Program exited|Program stopped|Build failed/,
    { timeout: 60_000 },
  );
}

// Two goroutines: a worker that sends its result to main.
const handoff = [
  'import { chan, go, type Chan } from "go";',
  'import * as fmt from "go/fmt";',
  "",
  "async function worker(out: Chan<number>) {",
  "  await out.send(42);",
  "}",
  "",
  "export async function main() {",
  "  const out = chan<number>();",
  "  go(worker, out);",
  "  fmt.println(await out.recv());",
  "}",
  "",
].join("\n");

test.beforeEach(async ({ page }) => {
  // The editor's type checker and two hundred runs take a while on a busy machine.
  test.setTimeout(150_000);
  await page.goto(lesson);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test("a run's timeline has a lane per goroutine and an arrow from the send to its receive", async ({
  page,
}) => {
  await setCode(page, handoff);
  await run(page);
  await expect(example(page).getByRole("region", { name: "Output" })).toContainText("42");
  await example(page).getByRole("tab", { name: "Timeline" }).click();
  const timeline = example(page).getByRole("region", { name: "Timeline" });
  await expect(timeline).toBeVisible();
  await expect(timeline).toHaveAttribute("data-lanes", "main,g2 worker", { timeout: 20_000 });
  await expect(timeline).toHaveAttribute("data-arrows", /spawn:1/);
  await expect(timeline).toHaveAttribute("data-arrows", /send:1/);
  // The same events, as a table a screen reader can read.
  await timeline.getByText("Events as a table").click();
  const table = timeline.getByRole("table");
  await expect(table).toContainText("starts goroutine 2 (line 10)");
  await expect(table).toContainText("sends 42 on channel");
  await expect(table).toContainText("waiting to receive from a channel");
  // Output is still a tab away, and shows what the program printed.
  await example(page).getByRole("tab", { name: "Output" }).click();
  await expect(example(page).locator("[data-output]")).toBeVisible();
  await expect(timeline).toBeHidden();
});

test("clicking an event selects its line in the editor; the keyboard moves between events", async ({
  page,
}) => {
  await setCode(page, handoff);
  await run(page);
  await example(page).getByRole("tab", { name: "Timeline" }).click();
  const timeline = example(page).getByRole("region", { name: "Timeline" });
  await expect(timeline).toHaveAttribute("data-lanes", "main,g2 worker", { timeout: 20_000 });
  // Where the worker's send is drawn: its column, on its lane.
  await timeline.getByText("Events as a table").click();
  const rows = timeline.locator("tbody tr");
  const texts = await rows.allInnerTexts();
  const send = texts.findIndex((t) => t.includes("sends 42"));
  expect(send).toBeGreaterThan(0);
  const columnWidth = Number(await timeline.getAttribute("data-column-width"));
  const scroller = timeline.locator(".timeline-scroller");
  // labelWidth 112, ruler 20, lanes 26 high; the worker is the second lane.
  await scroller.click({ position: { x: 112 + (send + 0.5) * columnWidth, y: 20 + 26 + 13 } });
  await expect(timeline.locator(".timeline-detail")).toContainText(
    `#${send + 1} at 0s: g2 worker sends 42 on channel 1 (line 5)`,
  );
  await expect(example(page).locator(".monaco-editor .line-highlight")).toHaveCount(1);
  await expect(rows.nth(send)).toHaveAttribute("aria-current", "true");

  // The keyboard: focus the picture, then arrows.
  const picture = timeline.getByRole("img", { name: /Goroutine timeline/ });
  await picture.focus();
  await page.keyboard.press("Home");
  await expect(timeline.locator(".timeline-detail")).toContainText("#1 at 0s: main");
  await page.keyboard.press("ArrowRight");
  await expect(timeline.locator(".timeline-detail")).toContainText("#2 at 0s");
  await page.keyboard.press("End");
  await expect(timeline.locator(".timeline-detail")).toContainText(`#${texts.length} at 0s`);
});

test("Explore schedules counts the outcomes of a select between two ready cases", async ({
  page,
}) => {
  await setCode(
    page,
    [
      'import { chan, recv, select } from "go";',
      'import * as fmt from "go/fmt";',
      "",
      "export async function main() {",
      "  const a = chan<string>(1);",
      "  const b = chan<string>(1);",
      '  await a.send("A");',
      '  await b.send("B");',
      "  await select([recv(a, (v) => fmt.println(v)), recv(b, (v) => fmt.println(v))]);",
      "}",
      "",
    ].join("\n"),
  );
  await example(page).getByRole("button", { name: "Explore schedules" }).click();
  const outcomes = example(page).getByRole("region", { name: "Outcomes" });
  await expect(outcomes).toContainText("2 outcomes in 200 schedules", { timeout: 60_000 });
  const rows = outcomes.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const counts = (await rows.locator("td:first-child").allInnerTexts()).map((t) => parseInt(t));
  expect(counts[0]! + counts[1]!).toBe(200);
  await expect(outcomes.getByRole("table")).toContainText("A");
  await expect(outcomes.getByRole("table")).toContainText("B");
  // A seed replays its outcome, and opens in the timeline.
  const first = rows.first();
  const printed = (await first.locator("code").innerText()).trim();
  await first.getByRole("button", { name: /Replay seed/ }).click();
  const timeline = example(page).getByRole("region", { name: "Timeline" });
  await expect(timeline).toBeVisible();
  await expect(timeline).toHaveAttribute("data-lanes", "main", { timeout: 20_000 });
  await example(page).getByRole("tab", { name: "Output" }).click();
  await expect(example(page).locator("[data-output]")).toContainText(printed);
});

test("Step mode: the learner picks which goroutine runs next, and Undo goes back", async ({
  page,
}) => {
  await setCode(
    page,
    [
      'import { go } from "go";',
      'import * as fmt from "go/fmt";',
      'import * as sync from "go/sync";',
      "",
      "export async function main() {",
      "  const wg = new sync.WaitGroup();",
      "  wg.add(2);",
      "  go(async () => {",
      '    fmt.println("first");',
      "    wg.done();",
      "  });",
      "  go(async () => {",
      '    fmt.println("second");',
      "    wg.done();",
      "  });",
      "  await wg.wait();",
      "}",
      "",
    ].join("\n"),
  );
  await example(page).getByRole("button", { name: "Step", exact: true }).click();
  const step = example(page).getByRole("region", { name: "Step mode" });
  await expect(step).toContainText("which goroutine runs next?", { timeout: 60_000 });
  const choices = step.getByRole("group", { name: "Choices" });
  await expect(choices.getByRole("button")).toHaveCount(2);
  await expect(step.getByRole("list", { name: "Goroutines" })).toContainText(
    "main: waiting for a WaitGroup to count down to zero",
  );
  await expect(step.getByRole("button", { name: "Undo" })).toBeDisabled();
  // Run the second goroutine first: it prints first.
  await choices.getByRole("button", { name: "g3" }).click();
  await expect(step.locator(".step-output")).toHaveText(/^second\n/, { timeout: 60_000 });
  // Undo: the same choice again, and this time the first goroutine.
  await step.getByRole("button", { name: "Undo" }).click();
  await expect(step.locator(".step-output")).toHaveText("(nothing printed yet)", {
    timeout: 60_000,
  });
  await expect(choices.getByRole("button")).toHaveCount(2);
  await choices.getByRole("button", { name: "g2" }).click();
  await expect(step.locator(".step-output")).toHaveText(/^first\n/, { timeout: 60_000 });
  await expect(step).toContainText("ran to its end", { timeout: 60_000 });
  await expect(step.locator(".step-output")).toHaveText("first\nsecond\n");
});

test("Step mode: at a select with two cases ready the learner picks the case, and each pick changes the output", async ({
  page,
}) => {
  // The select-fairness lesson: a thousand selects, each with both receives ready.
  await page.goto("select/random-choice/");
  await example(page).getByRole("button", { name: "Step", exact: true }).click();
  const step = example(page).getByRole("region", { name: "Step mode" });
  // The buffers fill without a choice to make; the first select is the first choice.
  await expect(step).toContainText(
    "main is at a select (line 16) with 2 cases ready. Which case fires?",
    { timeout: 90_000 },
  );
  await expect(step.getByRole("list", { name: "Goroutines" })).toContainText(
    "main: at a select, waiting for your choice of case (line 16)",
  );
  const choices = step.getByRole("group", { name: "Choices" });
  await expect(choices.getByRole("button")).toHaveCount(2);
  const left = choices.getByRole("button", { name: "case <-left (line 17)" });
  const right = choices.getByRole("button", { name: "case <-right (line 18)" });
  const finish = step.getByRole("button", { name: "Run to the end" });

  // Which counts a run to the end prints, after the first select's case was picked.
  const countsAfter = async (pick: typeof left): Promise<{ L: number; R: number }> => {
    // The keyboard reaches the choice.
    await pick.focus();
    await page.keyboard.press("Enter");
    await expect(step).toContainText("Step 2:", { timeout: 90_000 });
    await finish.click();
    await expect(step).toContainText("ran to its end", { timeout: 90_000 });
    const text = await step.locator(".step-output").innerText();
    const m = /left:\s+(\d+)\s+right:\s+(\d+)/.exec(text);
    expect(m, text).not.toBeNull();
    return { L: Number(m![1]), R: Number(m![2]) };
  };

  const a = await countsAfter(left);
  expect(a.L + a.R).toBe(1000);
  // Undo twice: back over the run to the end, then back over the case.
  await step.getByRole("button", { name: "Undo" }).click();
  await expect(step).toContainText("Step 2:", { timeout: 90_000 });
  await step.getByRole("button", { name: "Undo" }).click();
  await expect(step).toContainText("Step 1: main is at a select", { timeout: 90_000 });
  await expect(step.getByRole("button", { name: "Undo" })).toBeDisabled();
  const b = await countsAfter(right);
  // The other 999 selects were answered the same way both times: only the first differs.
  expect(b).toEqual({ L: a.L - 1, R: a.R + 1 });
});
