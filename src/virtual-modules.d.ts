/** The sandbox's scripts as text (src/build/sandbox-bundle.ts). */
declare module "virtual:sandbox-bundle" {
  export const frameScript: string;
  export const runnerScript: string;
}
