import { joinBase } from "../../site/base-path.ts";
import { arrowTarget, excerptParts, resultsSummary, shownResults } from "./results.ts";

/**
 * The header's search box, once the learner reaches for it (the page loads
 * this module on the box's first focus or keystroke, so it costs nothing
 * before). It loads Pagefind's script and index from `pagefind/` below the
 * base path, and lists the pages that match as links with an excerpt.
 *
 * Keys: Enter in the box opens the first result; Down and Up move between
 * the box and the results (Tab reaches them too, in reading order); Escape
 * closes the list and returns to the box.
 */

/** The part of Pagefind's browser API that the box uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; chapter?: string };
}

const base = import.meta.env.BASE_URL;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = joinBase(base, "pagefind/pagefind.js");
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline before the index was ever fetched) is tried again next time.
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** The elements SiteSearch.astro renders. */
interface Parts {
  root: HTMLElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  summary: HTMLElement;
  list: HTMLOListElement;
  status: HTMLElement;
}

function findParts(root: HTMLElement, input: HTMLInputElement): Parts | undefined {
  const panel = root.querySelector<HTMLElement>("[data-search-panel]");
  const summary = root.querySelector<HTMLElement>("[data-search-summary]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  if (!panel || !summary || !list || !status) return undefined;
  return { root, input, panel, summary, list, status };
}

function resultLink(result: PagefindResult): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.className = "search-result";
  link.href = result.url;
  const title = document.createElement("span");
  title.className = "search-result-title";
  title.textContent = result.meta.title ?? result.url;
  link.append(title);
  if (result.meta.chapter) {
    const chapter = document.createElement("span");
    chapter.className = "search-result-chapter";
    chapter.textContent = result.meta.chapter;
    link.append(" ", chapter);
  }
  const excerpt = document.createElement("span");
  excerpt.className = "search-result-excerpt";
  for (const part of excerptParts(result.excerpt)) {
    if (part.marked) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  link.append(" ", excerpt);
  item.append(link);
  return item;
}

/** Wires the box; `SiteSearch.astro`'s small script calls this when the box is first used. */
export function attachSearchBox(root: HTMLElement, input: HTMLInputElement): void {
  const parts = findParts(root, input);
  if (!parts) return;
  const { panel, summary, list, status } = parts;
  let shownQuery = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One search at a time: keys typed meanwhile wait, and only the last query runs next.
  let running = false;
  let queued: string | undefined;
  // Enter pressed before the results for what was typed had arrived.
  let openFirstFor: string | undefined;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a.search-result")];
  const open = () => {
    if (input.value.trim() === "") return;
    panel.hidden = false;
  };
  const close = () => {
    panel.hidden = true;
  };
  const say = (text: string) => {
    summary.textContent = text;
    status.textContent = text;
  };

  async function search(query: string): Promise<void> {
    if (query === "") {
      shownQuery = "";
      list.replaceChildren();
      say("");
      close();
      return;
    }
    open();
    // Say so only when the index takes a moment (the first search on a slow link).
    const slow = setTimeout(() => say("Loading the search index…"), 300);
    let total: number;
    let data: PagefindResult[];
    try {
      const pagefind = await loadPagefind();
      const { results } = await pagefind.search(query);
      total = results.length;
      data = await Promise.all(results.slice(0, shownResults).map((r) => r.data()));
    } catch {
      shownQuery = "";
      list.replaceChildren();
      say(
        import.meta.env.DEV
          ? "Search works in the built site: `npm run build` makes its index."
          : navigator.onLine
            ? "The search index could not be loaded. Try again in a moment."
            : "Search needs its index, which this browser has not saved yet: connect once to search offline.",
      );
      return;
    } finally {
      clearTimeout(slow);
    }
    shownQuery = query;
    list.replaceChildren(...data.map(resultLink));
    say(resultsSummary(query, total));
    if (openFirstFor === query) {
      openFirstFor = undefined;
      links()[0]?.click();
    }
  }

  async function run(query: string): Promise<void> {
    if (running) {
      queued = query;
      return;
    }
    running = true;
    try {
      await search(query);
    } finally {
      running = false;
    }
    const next = queued;
    queued = undefined;
    // The box's text may have changed while this search ran.
    if (next !== undefined && next !== shownQuery) await run(next);
  }

  function schedule(): void {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query === shownQuery && list.childElementCount > 0) {
      open();
      return;
    }
    timer = setTimeout(() => void run(query), query === "" ? 0 : 120);
  }

  input.addEventListener("input", schedule);
  input.addEventListener("focus", open);

  root.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = links();
    const current = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "Escape") {
      if (panel.hidden) return; // the field's own Escape clears it
      event.preventDefault();
      input.focus(); // before closing: focusing the box opens the list
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (panel.hidden || items.length === 0) return;
      event.preventDefault();
      const target = arrowTarget(current, event.key, items.length);
      (target === -1 ? input : items[target])?.focus();
    } else if (event.key === "Enter" && event.target === input) {
      event.preventDefault();
      // Enter opens the first result, once the search for what was typed has answered.
      const query = input.value.trim();
      if (query === "") return;
      if (query === shownQuery) {
        links()[0]?.click();
      } else {
        openFirstFor = query;
        clearTimeout(timer);
        void run(query);
      }
    }
  });

  // Focus or a click anywhere else closes the list; it stays for when the box is back.
  root.addEventListener("focusout", (event) => {
    if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) close();
  });
  document.addEventListener("pointerdown", (event) => {
    if (event.target instanceof Node && !root.contains(event.target)) close();
  });

  // Pagefind and its index start loading as the box takes focus, before the first key.
  loadPagefind().catch(() => undefined);
  // What was typed before this module arrived.
  schedule();
}
