// An example's Timeline tab: after every Run, the same program and seed run
// again with the trace and source locations on (runs are deterministic, so
// it is the same run), and the panel draws what every goroutine did. The
// recording happens only when the tab is open, so a Run never waits for it.
import type { RunRequest } from "../playground/protocol.ts";
import type { Sandbox } from "../playground/sandbox-host.ts";
import { TimelinePanel } from "./panel.ts";

export type RecordedRun = Omit<RunRequest, "type" | "id">;

export class ExampleTimeline {
  readonly panel: TimelinePanel;
  private last: { request: RecordedRun; source: string } | null = null;
  private shown: RecordedRun | null = null;

  constructor(
    host: HTMLElement,
    private readonly sandbox: () => Promise<Sandbox>,
    onLine: (line: number) => void,
  ) {
    this.panel = new TimelinePanel(host, {
      onLine,
      lineText: (n) => this.last?.source.split("\n")[n - 1],
    });
    this.panel.say("Run the program to see what every goroutine did.");
  }

  /** A run has started: its timeline is not known yet. */
  started(): void {
    this.last = null;
    this.panel.say("Running…");
  }

  /** A run has ended (or failed to build, with `request` null). */
  ran(request: RecordedRun | null, source: string): void {
    this.last = request === null ? null : { request, source };
    if (request === null) this.panel.say("The program did not build: there is no timeline.");
  }

  /** Records and draws the last run, unless it is already drawn. */
  async open(): Promise<void> {
    const last = this.last;
    if (last === null || this.shown === last.request) return;
    this.panel.say("Recording what every goroutine did…");
    const box = await this.sandbox();
    const end = await box.run({ ...last.request, trace: true }, () => {});
    if (this.last !== last) return;
    if (end.kind === "stopped") {
      this.panel.say(`The run could not be recorded: ${end.message}.`);
      return;
    }
    this.shown = last.request;
    this.panel.show(end.outcome.timeline, end.outcome.timelineTruncated);
  }
}
