/** The global under which a compiled program finds the runtime's modules. */
export const goModulesGlobal = "__goModules";

/** The global under which a program compiled for the race detector finds its hooks (`raceHooks` from `go/run`). */
export const raceHooksGlobal = "__goRace";
