/**
 * The scheduler simulator in the page: wires each `[data-scheduler-sim]`
 * figure's controls to a model (model.ts) and redraws the figure and the log
 * after every step. The figure is already drawn at build time, so without
 * JavaScript the page shows the scenario's first state.
 */
import { type Event, Sim, formatTime } from "./model.ts";
import { renderState } from "./render.ts";
import { isScenarioName, scenarios } from "./scenarios.ts";

const speeds: Record<string, number> = { slow: 1500, normal: 700, fast: 200 };

function setUp(root: HTMLElement): void {
  const name = root.dataset["scenario"] ?? "";
  if (!isScenarioName(name)) return;
  const scenario = scenarios[name];
  const $ = <E extends HTMLElement>(sel: string) => root.querySelector<E>(sel)!;
  const state = $("[data-state]");
  const log = $<HTMLOListElement>("[data-log]");
  const latest = $("[data-latest]");
  const stepButton = $<HTMLButtonElement>("[data-act=step]");
  const playButton = $<HTMLButtonElement>("[data-act=play]");
  const procs = $<HTMLSelectElement>("[data-procs]");
  const seedInput = $<HTMLInputElement>("[data-seed]");
  const speed = $<HTMLSelectElement>("[data-speed]");
  const actions = root.querySelectorAll<HTMLButtonElement>("[data-act]");

  let sim = new Sim(scenario, 1);
  let timer: ReturnType<typeof setInterval> | null = null;

  const line = (e: Event) => {
    const li = document.createElement("li");
    li.textContent = `${formatTime(e.at)}: ${e.text}`;
    return li;
  };

  const draw = (e: Event | null) => {
    state.innerHTML = renderState(sim);
    if (e !== null) {
      log.append(line(e));
      const box = log.parentElement!;
      box.scrollTop = box.scrollHeight;
      latest.textContent = `${formatTime(e.at)}: ${e.text}`;
    }
    const over = sim.finishedAt !== null || sim.stuck;
    stepButton.disabled = over;
    playButton.disabled = over;
    if (over) pause();
    procs.value = String(sim.gomaxprocs);
  };

  const pause = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    playButton.textContent = "Play";
    playButton.classList.remove("playing");
  };

  const play = () => {
    if (sim.finishedAt !== null) return;
    timer = setInterval(() => draw(sim.step()), speeds[speed.value] ?? 700);
    playButton.textContent = "Pause";
    playButton.classList.add("playing");
  };

  const restart = () => {
    pause();
    const seed = Math.max(1, Math.trunc(Number(seedInput.value)) || 1);
    seedInput.value = String(seed);
    // A restart keeps the GOMAXPROCS chosen, to compare runs of the same work.
    sim = new Sim({ ...scenario, gomaxprocs: Number(procs.value) }, seed);
    log.replaceChildren(line(sim.log[0]!));
    latest.textContent = "";
    draw(null);
  };

  for (const button of actions) {
    button.addEventListener("click", () => {
      switch (button.dataset["act"]) {
        case "step":
          draw(sim.step());
          break;
        case "play":
          if (timer === null) play();
          else pause();
          break;
        case "restart":
          restart();
          break;
        case "add":
          draw(sim.addGoroutine());
          break;
        case "block":
          draw(sim.block() ?? note("no goroutine is running, so none can block"));
          break;
        case "syscall":
          draw(sim.syscall() ?? note("no goroutine is running, so none can make a system call"));
          break;
      }
    });
  }
  const note = (text: string): Event => ({ at: sim.now, text });

  procs.addEventListener("change", () => draw(sim.setGomaxprocs(Number(procs.value))));
  seedInput.addEventListener("change", restart);
  speed.addEventListener("change", () => {
    if (timer !== null) {
      pause();
      play();
    }
  });

  root.querySelector<HTMLElement>("[data-controls]")!.hidden = false;
  restart();
}

/** Brings every simulator on the page to life. */
export function setUpSchedulerSims(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-scheduler-sim]")) setUp(root);
}
