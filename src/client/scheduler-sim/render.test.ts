import { describe, expect, it } from "vitest";
import { Sim } from "./model.ts";
import { renderState } from "./render.ts";
import { scenarios } from "./scenarios.ts";

describe("the simulator's picture", () => {
  it("draws every P with its M, runnext and local queue", () => {
    const sim = new Sim(scenarios.stealing, 1);
    for (let i = 0; i < 8; i++) sim.step();
    const html = renderState(sim);
    expect(html.match(/<li class="p /g)).toHaveLength(4);
    expect(html).toContain("t = 1ms · GOMAXPROCS 4 · 1 M");
    expect(html).toContain('<dt>runnext</dt><dd><span class="g g-runnable" title="G9, runnable');
    expect(html).toContain("no M");
  });

  it("shows a P in a system call, and the finish time at the end", () => {
    const sim = new Sim(scenarios.syscall, 1);
    while (!sim.log.some((e) => e.text.includes("enters a system call"))) sim.step();
    expect(renderState(sim)).toContain('P0</strong> <span class="p-status">in a system call');
    while (sim.step() !== null);
    const end = renderState(sim);
    expect(end).toContain("all finished at 8ms");
    expect(end).toContain(
      '<dt>idle Ms</dt><dd><span class="m m-idle">M0</span><span class="m m-idle">M1</span><span class="m m-idle">M2</span></dd>',
    );
  });
});
