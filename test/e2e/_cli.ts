import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The built CLI the package's `bin` points at. */
export const CLI = join(ROOT, "dist", "cli.js");
/** The bundled demo data set. */
export const DEMO = join(ROOT, "examples", "nanjing-demo.json");

/** A finished run of the built CLI. */
export interface QsdRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js …` as a child process (as an installed `qsd` runs), with colour
 * off and the given stdin and environment.
 */
export function qsd(args: readonly string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): QsdRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the end-to-end tests`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: process.env.TZ ?? "UTC", ...options.env },
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Node stack frame line: must never reach the user for bad input. */
export const STACK_FRAME = /\n\s+at \S+ \(|\n\s+at file:|\n\s+at node:/;
