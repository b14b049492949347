/**
 * The package's version, as published (kept equal to `package.json`'s `version` by a test;
 * the library never reads `package.json` at run time). Audit records name it in
 * `createdWith`.
 *
 * @example
 * ```ts
 * VERSION; // "0.1.0"
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const VERSION = "0.1.0";

/**
 * The package's name on npm, as audit records name it in `createdWith`.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export const PACKAGE_NAME = "quality-safety-duty";
