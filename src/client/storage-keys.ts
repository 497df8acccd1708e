/** Names of what the site keeps in the browser's localStorage. */
export const storageKeys = {
  /** "light" or "dark"; absent means follow the system. */
  theme: "concurrency-tour:theme",
  /** JSON array of the lesson paths the learner has opened. */
  visited: "concurrency-tour:visited",
} as const;
