/**
 * Shiki themes for every piece of code on the site (prose code blocks and
 * examples). Both themes' colours are emitted; the stylesheet shows one.
 */
export const codeThemes = { light: "github-light-default", dark: "github-dark-default" } as const;
