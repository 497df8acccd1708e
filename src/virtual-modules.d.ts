/** The sandbox's scripts as text (src/build/sandbox-bundle.ts). */
declare module "virtual:sandbox-bundle" {
  export const frameScript: string;
  export const runnerScript: string;
}

/** Every exercise's hidden checks, compiled (src/build/exercise-checks.ts). */
declare module "virtual:exercise-checks" {
  const checks: Record<string, { code: string; map: string }>;
  export default checks;
}
