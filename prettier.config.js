/** @type {import("prettier").Config} */
export default {
  printWidth: 100,
  plugins: ["prettier-plugin-astro"],
  overrides: [
    { files: "*.astro", options: { parser: "astro" } },
    // Lesson examples sit in a narrow pane beside the prose, or on a phone.
    { files: "content/**/*.ts", options: { printWidth: 72 } },
    // The runtime and its benchmarks are written at Prettier's default width.
    { files: ["runtime/**", "bench/**"], options: { printWidth: 80 } },
  ],
};
