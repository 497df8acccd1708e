// One line of the Test results list: the check's name, PASS or FAIL in words
// and with an icon (never colour alone), and for a failure its message, the
// seed it failed under and a button that replays that seed.
import type { CheckResult } from "../../grading/protocol.ts";

const svgNs = "http://www.w3.org/2000/svg";

function icon(pass: boolean): SVGSVGElement {
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("width", "14");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(svgNs, "path");
  path.setAttribute("d", pass ? "M3 8.5l3.2 3L13 4.5" : "M4 4l8 8M12 4l-8 8");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "2");
  path.setAttribute("stroke-linecap", "round");
  svg.append(path);
  return svg;
}

function span(className: string, text: string): HTMLSpanElement {
  const s = document.createElement("span");
  s.className = className;
  s.textContent = text;
  return s;
}

export function resultItem(
  result: CheckResult,
  onReplay: (result: CheckResult & { seed: number }) => void,
): HTMLLIElement {
  const item = document.createElement("li");
  item.className = result.pass ? "pass" : "fail";
  const verdict = span("verdict", "");
  verdict.append(icon(result.pass), result.pass ? "PASS" : "FAIL");
  item.append(verdict, span("check-name", result.name));
  if (result.pass) {
    // A failure's count would only say where it stopped; the seed below says that.
    item.append(span("seeds", `${result.seeds} ${result.seeds === 1 ? "seed" : "seeds"}`));
  } else {
    const message = document.createElement("pre");
    message.className = "message";
    message.textContent = result.message;
    item.append(message);
    if (result.seed !== null) {
      const seed = result.seed;
      const line = document.createElement("div");
      line.className = "failure-seed";
      const replay = document.createElement("button");
      replay.type = "button";
      replay.className = "replay";
      replay.textContent = `Replay seed ${seed}`;
      replay.title = "Run this check again under this seed, and show its output and timeline";
      replay.addEventListener("click", () => onReplay({ ...result, seed }));
      line.append(span("failed-seed", `Failed under seed ${seed}.`), replay);
      item.append(line);
    }
  }
  return item;
}
