import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The path of the bundled demo data set, `examples/nanjing-demo.json` (shipped in the
 * package's `files`). It is found relative to this module: `../examples/` from the bundle
 * `dist/cli.js`, `../../examples/` from the source `src/cli/demo.ts` (tests, tsx).
 *
 * @returns The absolute path, or `undefined` when the file is not there.
 * @example
 * ```ts
 * bundledDemoPath(); // "/…/node_modules/quality-safety-duty/examples/nanjing-demo.json"
 * ```
 */
export function bundledDemoPath(): string | undefined {
  for (const rel of ["../examples/nanjing-demo.json", "../../examples/nanjing-demo.json"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}
