/** The global under which a compiled program finds the runtime's modules. */
export const goModulesGlobal = "__goModules";
