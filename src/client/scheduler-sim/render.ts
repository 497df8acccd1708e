/**
 * The simulator's picture of the scheduler's state, as HTML text: used at
 * build time for the figure that pages show without JavaScript, and in the
 * browser after every step. Pure: no DOM.
 */
import { type G, type P, type Sim, formatTime } from "./model.ts";

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function chip(sim: Sim, id: number, extra = ""): string {
  const g: G = sim.g(id);
  const work = g.status === "running" || g.status === "runnable" ? workLeft(g) : "";
  const title = `G${id}, ${g.status}${work === "" ? "" : `, ${work} of work left`}`;
  return `<span class="g g-${g.status}${extra}" title="${escape(title)}">G${id}</span>`;
}

function workLeft(g: G): string {
  let us = g.left;
  for (let i = g.pc + 1; i < g.script.length; i++) {
    const s = g.script[i]!;
    if (s.kind === "run") us += s.us;
  }
  return us > 0 ? formatTime(us) : "";
}

function chips(sim: Sim, ids: number[], empty: string): string {
  return ids.length === 0
    ? `<span class="empty">${empty}</span>`
    : ids.map((id) => chip(sim, id)).join("");
}

function renderP(sim: Sim, p: P): string {
  const m = p.m === null ? null : sim.ms[p.m]!;
  const thread =
    m === null
      ? `<span class="m m-none">no M</span>`
      : `<span class="m m-${m.status}">M${m.id}${m.status === "running" ? "" : ` ${m.status}`}</span>`;
  const current =
    p.g === null
      ? `<span class="empty">nothing</span>`
      : chip(sim, p.g, p.status === "syscall" ? " in-syscall" : "");
  const label = p.status === "syscall" ? "in a system call" : p.status;
  return `<li class="p p-${p.status}">
  <div class="p-head"><strong>P${p.id}</strong> <span class="p-status">${label}</span> ${thread}</div>
  <dl>
    <dt>${p.status === "syscall" ? "in the call" : "running"}</dt><dd>${current}</dd>
    <dt>runnext</dt><dd>${p.runnext === null ? `<span class="empty">empty</span>` : chip(sim, p.runnext)}</dd>
    <dt>local queue</dt><dd class="queue">${chips(sim, p.runq, "empty")}</dd>
  </dl>
</li>`;
}

/** The scheduler's state as HTML: the Ps, the global queue, and the goroutines off the Ps. */
export function renderState(sim: Sim): string {
  const of = (status: G["status"], pred: (g: G) => boolean = () => true) =>
    sim.gs.filter((g) => g.status === status && pred(g)).map((g) => g.id);
  const inSyscall = sim.ms.filter((m) => m.status === "syscall" && m.p === null && m.g !== null);
  const blockedThreads =
    inSyscall.length === 0
      ? `<span class="empty">none</span>`
      : inSyscall
          .map((m) => `<span class="m m-syscall">M${m.id}</span> with ${chip(sim, m.g!)}`)
          .join(" ");
  const polled = sim.gs.filter((g) => g.status === "netpoll");
  const network =
    polled.length === 0
      ? `<span class="empty">none</span>`
      : polled.map((g) => chip(sim, g.id, g.ready ? " ready" : "")).join("");
  const idle = sim.ms.filter((m) => m.status === "idle");
  const idleThreads =
    idle.length === 0
      ? `<span class="empty">none</span>`
      : idle.map((m) => `<span class="m m-idle">M${m.id}</span>`).join("");
  const finished =
    sim.finishedAt === null ? "" : ` · all finished at ${formatTime(sim.finishedAt)}`;
  return `<p class="clock">t = ${formatTime(sim.now)} · GOMAXPROCS ${sim.gomaxprocs} · ${sim.ms.length} M${sim.ms.length === 1 ? "" : "s"}${finished}</p>
<ul class="ps" aria-label="Ps">${sim.ps.map((p) => renderP(sim, p)).join("")}</ul>
<dl class="elsewhere">
  <dt>global queue</dt><dd class="queue">${chips(sim, sim.global, "empty")}</dd>
  <dt>blocked on a channel</dt><dd>${chips(sim, of("waiting"), "none")}</dd>
  <dt>waiting on the network</dt><dd>${network}</dd>
  <dt>Ms in a system call without a P</dt><dd>${blockedThreads}</dd>
  <dt>idle Ms</dt><dd>${idleThreads}</dd>
  <dt>finished</dt><dd>${chips(sim, of("dead"), "none")}</dd>
</dl>`;
}
