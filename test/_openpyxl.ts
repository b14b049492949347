/**
 * openpyxl (Debian's python3-openpyxl, run with /usr/bin/python3: a `python3` on the PATH
 * may be another interpreter) is the independent xlsx writer and reader of the workbook
 * tests. CI installs it and sets QSD_REQUIRE_OPENPYXL (.ci/run), so there a missing
 * openpyxl fails instead of skipping.
 */
import { execFileSync } from "node:child_process";

/** Debian's interpreter. */
export const PYTHON = process.env.QSD_PYTHON ?? "/usr/bin/python3";

/**
 * Whether openpyxl can be imported. Call it at the top of a test file and pass the result
 * to `describe.skipIf(!…)`. When it is missing, throws if QSD_REQUIRE_OPENPYXL is set
 * (CI), else prints that `testFile` is skipped.
 *
 * @param testFile - The calling test file's name, for the message.
 * @returns `true` when openpyxl is there.
 */
export function requireOpenpyxl(testFile: string): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    const missing = `${PYTHON} cannot import openpyxl (apt-get install -y python3-openpyxl)`;
    if (process.env.QSD_REQUIRE_OPENPYXL) throw new Error(`${testFile}: ${missing}, and QSD_REQUIRE_OPENPYXL is set`);
    console.warn(`SKIP ${testFile}: openpyxl tests skipped, ${missing}`);
    return false;
  }
}

/**
 * Runs a Python script with openpyxl and returns what it prints as JSON.
 *
 * @param script - The script (reads `sys.argv[1:]`).
 * @param args - Its arguments.
 * @returns The parsed JSON it printed.
 */
export function python<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(PYTHON, ["-W", "ignore", "-c", script, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as T;
}
