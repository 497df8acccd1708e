/** The sandbox's scripts as text (src/build/sandbox-bundle.ts). */
declare module "virtual:sandbox-bundle" {
  export const frameScript: string;
  export const runnerScript: string;
}

/** Every exercise's hidden checks, compiled (src/build/exercise-checks.ts). */
declare module "virtual:exercise-checks" {
  /** `race`: the checks call `t.noRace`, so the learner's code is compiled for the race detector. */
  const checks: Record<string, { code: string; map: string; race: boolean }>;
  export default checks;
}
