/**
 * Shared by the tests that check the built package (package, bundle size, browser, README
 * shell blocks): where the repository is, and a guard that dist/ is built and not older
 * than src/ — `npm test` builds first; a stale dist/ would test yesterday's code.
 * `QSD_ALLOW_STALE_DIST=1` skips the age check (not the existence check), for working on
 * these tests while src/ changes under them.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

function _newestSource(dir: string, skip: string | undefined): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    const candidate = entry.isDirectory()
      ? _newestSource(path, skip)
      : /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name)
        ? { file: path, mtimeMs: statSync(path).mtimeMs }
        : newest;
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

/**
 * Throws unless every given dist file exists and is newer than every non-test source file
 * it is built from (the package entry: src/ outside src/cli; the bin: all of src/).
 *
 * @param files - paths relative to the repository root, e.g. `["dist/index.js"]`.
 */
export function requireFreshDist(files: readonly string[] = ["dist/index.js", "dist/index.cjs", "dist/cli.js"]): void {
  for (const file of files) {
    const path = join(ROOT, file);
    // The package entry never includes src/cli; the qsd bin includes everything.
    const newest = _newestSource(join(ROOT, "src"), file.startsWith("dist/cli") ? undefined : join(ROOT, "src/cli"));
    if (!existsSync(path)) throw new Error(`${file} is missing: run npm run build first (npm test does)`);
    if (process.env.QSD_ALLOW_STALE_DIST !== "1" && statSync(path).mtimeMs < newest.mtimeMs) {
      throw new Error(`${file} is older than ${relative(ROOT, newest.file)}: run npm run build first (npm test does)`);
    }
  }
}
