// The sandboxed frame's own script. The frame has an opaque origin (sandbox
// without allow-same-origin) and a policy that allows no network, so nothing
// in it can reach the site's storage, cookies, page or any server. It runs
// each program in a fresh worker (a spare is kept warm), and the page talks
// to it over a MessagePort handed over once, at start.
let port: MessagePort | null = null;
let runnerUrl = "";
let spare: Worker | null = null;
let current: Worker | null = null;

addEventListener("message", (event: MessageEvent) => {
  const init = event.data as { type?: string; runner?: string };
  if (port !== null || init?.type !== "init" || event.ports[0] === undefined) return;
  port = event.ports[0];
  runnerUrl = URL.createObjectURL(new Blob([init.runner ?? ""], { type: "text/javascript" }));
  spare = new Worker(runnerUrl);
  port.onmessage = onRequest;
  port.postMessage({ type: "ready" });
});

function onRequest(event: MessageEvent): void {
  const request = event.data as { type: string; id: number };
  if (request.type === "stop") {
    stop();
    return;
  }
  if (request.type !== "run" && request.type !== "grade") return;
  stop();
  const worker = spare ?? new Worker(runnerUrl);
  spare = null;
  current = worker;
  // Replies come back over a channel of their own, handed to the runner
  // before the program loads: whatever the program posts on the worker's
  // global channel is dropped here.
  const replies = new MessageChannel();
  replies.port1.onmessage = (reply) => {
    port!.postMessage(reply.data);
    const kind = (reply.data as { type?: string })?.type;
    if (kind === "output" || kind === "check") return;
    // The run is over: its worker goes, and with it whatever the program
    // left behind (timers, a loop of promises, workers of its own, should
    // it find a way to start one). The next run's worker starts now, not
    // beside this run: starting a worker costs the processor time a run needs.
    if (current === worker) stop();
    else worker.terminate();
  };
  worker.onerror = (error) => {
    error.preventDefault();
    port!.postMessage({
      type: "crash",
      id: request.id,
      // The message is the program's to choose: a hundred megabytes would freeze the page.
      message: String(error.message || "the program's worker crashed").slice(0, 500),
    });
  };
  worker.postMessage(request, [replies.port2]);
}

function stop(): void {
  current?.terminate();
  current = null;
  spare ??= new Worker(runnerUrl);
}
