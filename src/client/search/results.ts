/** The search box's rules that need no page: wording, and where the arrow keys go. */

/** How many results the box lists; the summary says how many more there were. */
export const shownResults = 8;

/** What the box says, and a screen reader announces, about a search's results. */
export function resultsSummary(query: string, total: number): string {
  const quoted = `“${query}”`;
  if (total === 0) return `No page mentions ${quoted}`;
  const pages = total === 1 ? "1 page mentions" : `${total} pages mention`;
  return total > shownResults
    ? `${pages} ${quoted}; the first ${shownResults} are listed`
    : `${pages} ${quoted}`;
}

/**
 * Where an arrow key moves focus among `count` results from `current` (-1 for
 * the search field): down from the field to the first result, down from the
 * last to the first again; up from the first back to the field.
 */
export function arrowTarget(current: number, key: "ArrowDown" | "ArrowUp", count: number): number {
  if (count === 0) return -1;
  if (key === "ArrowDown") return current + 1 >= count ? 0 : current + 1;
  return current <= 0 ? -1 : current - 1;
}

/** A piece of an excerpt: text, marked where it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#39": "'",
  "#x27": "'",
  nbsp: "\u00a0",
};

function decode(html: string): string {
  return html.replace(/&(#?\w+);/g, (whole, name: string) => {
    const known = entities[name.toLowerCase()];
    if (known !== undefined) return known;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code === undefined) return whole;
    const point = Number.parseInt(code, name[1] === "x" || name[1] === "X" ? 16 : 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/**
 * The index's excerpt (escaped text with `<mark>` around the matches) as
 * plain pieces of text, so that the page builds it from text nodes and never
 * parses the index's HTML. Only `<mark>` and `</mark>` are tags: anything
 * else is text (`chan<string>` in a lesson's prose stays as it is written).
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === "<mark>" || tag === "</mark>") {
      marked = tag === "<mark>";
      continue;
    }
    const text = decode(piece);
    if (text === "") continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
