/**
 * Pages that moved to another chapter, by their old address (below the base
 * path) and the id of the page they are now. Each old address is still built,
 * as a page that sends the browser on to the new one (src/pages/[...moved].astro),
 * so links and bookmarks keep working. Learners' progress needs nothing: it is
 * keyed by slugs, which do not change when a page moves.
 */
export const movedPages: Readonly<Record<string, string>> = {
  // Chapter 2 until it was found to need chapter 3's select with a send case.
  "channels/equivalent-trees/": "equivalent-trees",
};
