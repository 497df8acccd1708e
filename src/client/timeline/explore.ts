// The Outcomes region of Explore schedules: the distinct ways the program
// ended over many seeds, with counts, each with a seed that replays it.
import "./timeline.css";
import type { ScheduleRun } from "../playground/protocol.ts";
import { ending, groupOutcomes, quote, summary } from "./outcomes.ts";

export class OutcomesPanel {
  private readonly message: HTMLElement;
  private readonly table: HTMLTableElement;

  /** Fills `host`, the region named Outcomes; `replay` runs a seed and shows its timeline. */
  constructor(
    private readonly host: HTMLElement,
    private readonly replay: (seed: number) => void,
  ) {
    host.classList.add("outcomes");
    const bar = document.createElement("div");
    bar.className = "outcomes-bar";
    const title = document.createElement("strong");
    title.textContent = "Outcomes";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.setAttribute("aria-label", "Close the outcomes");
    close.addEventListener("click", () => {
      host.hidden = true;
    });
    bar.append(title, close);
    this.message = document.createElement("p");
    this.message.setAttribute("role", "status");
    this.table = document.createElement("table");
    this.table.hidden = true;
    host.append(bar, this.message, this.table);
  }

  say(text: string): void {
    this.host.hidden = false;
    this.message.textContent = text;
    this.table.hidden = true;
  }

  show(runs: readonly ScheduleRun[], ms: number): void {
    const outcomes = groupOutcomes(runs);
    this.host.hidden = false;
    this.message.textContent = `${summary(outcomes, runs.length)} (${(ms / 1000).toFixed(1)} s).`;
    const caption = document.createElement("caption");
    caption.textContent = `The program under seeds ${runs[0]?.seed ?? 0} to ${runs.at(-1)?.seed ?? 0}`;
    const head = document.createElement("thead");
    head.innerHTML =
      '<tr><th scope="col">Runs</th><th scope="col">Output</th><th scope="col">Ending</th><th scope="col">Replay</th></tr>';
    const body = document.createElement("tbody");
    for (const o of outcomes) {
      const tr = document.createElement("tr");
      const count = document.createElement("td");
      count.textContent = `${o.count}×`;
      const output = document.createElement("td");
      const code = document.createElement("code");
      code.textContent = quote(o.output, 200);
      code.title = o.output;
      output.append(code);
      const end = document.createElement("td");
      end.textContent = ending(o);
      const replay = document.createElement("td");
      const seed = o.seeds[0]!;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `Seed ${seed}`;
      button.setAttribute("aria-label", `Replay seed ${seed} in the timeline`);
      button.addEventListener("click", () => this.replay(seed));
      replay.append(button);
      tr.append(count, output, end, replay);
      body.append(tr);
    }
    this.table.replaceChildren(caption, head, body);
    this.table.hidden = false;
  }
}
