/**
 * The parts of package.json that the `qsd` command shows: its name, version and issues
 * page. Named imports of a JSON file's top-level keys let the bundler (esbuild, through
 * tsup) keep only these keys in `dist/cli.js`, not the whole package.json with its scripts
 * and dev dependencies (test/dist-contents.test.ts checks); vitest and tsx read the same
 * named imports from the source.
 */
import { bugs, name, version } from "../../package.json";

/** The package's name, `quality-safety-duty`. */
export const PACKAGE_NAME: string = name;

/** The package's version, as `qsd --version` prints it and reports record it. */
export const PACKAGE_VERSION: string = version;

/** Where to report bugs: the package's `bugs.url`. */
export const ISSUES_URL: string = bugs.url;
