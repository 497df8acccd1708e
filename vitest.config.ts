import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const runtimeDir = fileURLToPath(new URL("./runtime/", import.meta.url));

export default defineConfig({
  resolve: {
    // The learner's module names: `go` and `go/<name>` (see runtime/modules/).
    alias: [
      { find: /^go$/, replacement: `${runtimeDir}index.ts` },
      { find: /^go\/(.+)$/, replacement: `${runtimeDir}modules/$1.ts` },
      // The API exercises' hidden checks are written with.
      {
        find: /^tour\/testing$/,
        replacement: fileURLToPath(new URL("./src/grading/testing.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: [
      "runtime/**/*.test.ts",
      "src/**/*.test.ts",
      "content/**/*.test.ts",
      "tests/**/*.test.ts",
    ],
  },
});
