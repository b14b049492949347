/**
 * quality-safety-duty — China's industrial-product quality-safety responsibility rules
 * (SAMR Orders 75 and 76; Nanjing plan 宁市监质监〔2023〕146号).
 *
 * The modules, bottom up (each imports only from those before it): _lib → dates → calendar →
 * identifiers → entities → policy → duties / supervision → obligations → checklists →
 * audit → validation → tables → report. `src/_lib` holds the internals modules share and is never
 * exported as such (a few public names, such as `isIsoDate` and `toJsonPointer`, are
 * re-exported by their module); nothing whose name starts with `_` is exported from here.
 * The `qsd` command lives in `src/cli` and is never imported from here.
 *
 * @packageDocumentation
 */
export * from "./dates";
export * from "./calendar";
export * from "./identifiers";
export * from "./entities";
export * from "./policy";
export * from "./supervision";
export * from "./duties";
export * from "./obligations";
export * from "./checklists";
export * from "./audit";
export * from "./validation";
export * from "./tables";
export * from "./report";
