/**
 * Shared by the tests that drive a headless Chromium (browser bundle, printed checklists):
 * where the browser is, whether a test file may skip without it, and one way to run it.
 *
 * Chromium on Debian: `apt-get install -y chromium`. CI installs it and sets
 * QSD_REQUIRE_BROWSER (.ci/run), so there a missing browser fails instead of skipping.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/** The browser: `CHROMIUM_BIN`, else /usr/bin/chromium. */
export const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";

/**
 * Whether Chromium is installed. Call it at the top of a test file and pass the result to
 * `describe.skipIf(!…)`. When it is missing, throws if QSD_REQUIRE_BROWSER is set (CI),
 * else prints that `testFile` is skipped.
 *
 * @param testFile - The calling test file's name, for the message.
 * @param install - The install hint for the message.
 * @returns `true` when Chromium is installed.
 * @example
 * ```ts
 * const hasChromium = requireChromium("browser.test.ts");
 * describe.skipIf(!hasChromium)("headless Chromium", () => { … });
 * ```
 */
export function requireChromium(testFile: string, install = "apt-get install -y chromium"): boolean {
  if (existsSync(CHROMIUM)) return true;
  const missing = `${CHROMIUM} not found (${install})`;
  if (process.env.QSD_REQUIRE_BROWSER) throw new Error(`${testFile}: ${missing}, and QSD_REQUIRE_BROWSER is set`);
  console.warn(`SKIP ${testFile}: headless Chromium tests skipped, ${missing}`);
  return false;
}

/**
 * Opens a local file in headless Chromium with a fresh profile (removed afterwards) and
 * returns what it prints on standard output (e.g. the DOM with `--dump-dom`).
 *
 * @param file - The absolute path of the page.
 * @param args - Further flags, e.g. `--dump-dom`, `--print-to-pdf=out.pdf`.
 * @returns Chromium's standard output.
 * @example
 * ```ts
 * const dom = await runChromium(join(work, "index.html"), "--virtual-time-budget=5000", "--dump-dom");
 * ```
 */
export async function runChromium(file: string, ...args: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), "qsd-chromium-profile-"));
  try {
    const { stdout } = await promisify(execFile)(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        ...args,
        pathToFileURL(file).href,
      ],
      { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}
