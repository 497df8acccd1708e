import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist/",
      "dist-base/",
      ".astro/",
      "test-results/",
      "playwright-report/",
      "bench/results/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      // The runtime and the site's client code run in browsers; tests, scripts and config in Node.
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_`-prefixed names mark parameters a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // An exercise's starter is unfinished on purpose: its TODOs leave parameters and channels unused.
    files: ["content/exercises/*/starter.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
);
