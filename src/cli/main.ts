/**
 * The `qsd` executable (bundled to `dist/cli.js`): wires the process's streams, environment
 * and clock into {@link runCli} and sets the exit code.
 */
import { todayInShanghai } from "./clock";
import type { CliIo } from "./io";
import { runCli } from "./run";

/**
 * The real process's {@link CliIo}.
 *
 * @returns Streams, environment and clock of this process.
 * @example
 * ```ts
 * await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    today: () => todayInShanghai(),
  };
}

// `qsd … | head` closes the pipe early: stop quietly instead of failing with EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
