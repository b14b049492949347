/**
 * The `qsd` executable (bundled to `dist/cli.js`): wires the process's streams, environment
 * and clock into {@link runCli} and sets the exit code.
 */
import { isMainThread, workerData } from "node:worker_threads";
import { todayInShanghai } from "./clock";
import type { CliIo } from "./io";
import { WORKER_TAG, runParallelWorker } from "./parallel";
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

if (!isMainThread && (workerData as { tag?: unknown } | null)?.tag === WORKER_TAG) {
  // A worker thread of a parallel run (src/cli/parallel.ts), started from this same file.
  await runParallelWorker();
} else {
  // `qsd … | head` closes the pipe early: stop quietly instead of failing with EPIPE.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), nodeIo());
}
