/** Names of what the site keeps in the browser's localStorage. */
export const storageKeys = {
  /** "light" or "dark"; absent means follow the system. */
  theme: "concurrency-tour:theme",
  /** JSON array of the lesson paths the learner has opened. */
  visited: "concurrency-tour:visited",
  /**
   * JSON array of the ids (folder names) of the exercises whose checks all
   * passed, and of the lesson puzzles solved (`puzzle:lessons/sync/cash-machine`).
   */
  done: "concurrency-tour:done",
  /** JSON object: for each exercise id, how many of its hints the learner has revealed. */
  hints: "concurrency-tour:hints",
  /** "go" when the learner reads the examples' Go twins; absent or "ts" for TypeScript. */
  codeLanguage: "concurrency-tour:code-language",
  /**
   * Start of the keys that hold a learner's edited code, one key per program:
   * the rest of the key is the program's id (`lessons/goroutines/go-statement`,
   * `exercises/hello-workers`).
   */
  codePrefix: "concurrency-tour:code:",
} as const;
