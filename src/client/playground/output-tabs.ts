// The tabs above an example's output: Output (what the program printed) and
// Timeline (what every goroutine did). Small and loaded up front; the
// timeline itself (src/client/timeline) loads when its tab is first opened.
// Arrow keys move between the tabs, as the ARIA tabs pattern has it.

export type OutputTab = "output" | "timeline";

export class OutputTabs {
  /** The region named Timeline, empty until the timeline loads. */
  readonly timeline: HTMLElement;
  private readonly tabs: Record<OutputTab, HTMLButtonElement>;
  private current: OutputTab = "output";

  constructor(
    region: HTMLElement,
    private readonly output: HTMLElement,
    private readonly onChange: (tab: OutputTab) => void,
  ) {
    const bar = region.querySelector(".output-bar")!;
    const label = bar.querySelector("span[id]")!;
    const list = document.createElement("div");
    list.className = "output-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", "Output and timeline");
    const uid = label.id;
    output.id ||= `${uid}-text`;
    this.timeline = document.createElement("section");
    this.timeline.id = `${uid}-timeline`;
    this.timeline.setAttribute("aria-label", "Timeline");
    this.timeline.hidden = true;
    const tab = (name: OutputTab, controls: string) => {
      const b = document.createElement("button");
      b.type = "button";
      b.setAttribute("role", "tab");
      b.id = `${uid}-tab-${name}`;
      b.setAttribute("aria-controls", controls);
      b.addEventListener("click", () => this.select(name));
      b.addEventListener("keydown", (e) => {
        if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
        e.preventDefault();
        const other: OutputTab = name === "output" ? "timeline" : "output";
        this.select(other);
        this.tabs[other].focus();
      });
      return b;
    };
    // The region keeps its name: the Output tab holds the label it is named by.
    const outputTab = tab("output", output.id);
    outputTab.append(label);
    const timelineTab = tab("timeline", this.timeline.id);
    timelineTab.textContent = "Timeline";
    this.tabs = { output: outputTab, timeline: timelineTab };
    list.append(outputTab, timelineTab);
    bar.prepend(list);
    region.after(this.timeline);
    this.render();
  }

  get selected(): OutputTab {
    return this.current;
  }

  select(tab: OutputTab): void {
    if (tab === this.current) return;
    this.current = tab;
    this.render();
    this.onChange(tab);
  }

  private render(): void {
    for (const name of ["output", "timeline"] as const) {
      const on = name === this.current;
      this.tabs[name].setAttribute("aria-selected", String(on));
      this.tabs[name].tabIndex = on ? 0 : -1;
    }
    this.output.hidden = this.current !== "output";
    this.timeline.hidden = this.current !== "timeline";
  }
}
