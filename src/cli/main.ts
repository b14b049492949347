/**
 * The `qsd` executable (bundled to `dist/cli.js`): wires the process's streams, environment
 * and clock into {@link runCli} and sets the exit code.
 */
import { fstatSync } from "node:fs";
import { todayInShanghai } from "./clock";
import { CliError } from "./errors";
import type { CliIo } from "./io";
import { fileStdout, stdoutErrorLine } from "./output";
import { langFromArgv, runCli } from "./run";

/**
 * The real process's {@link CliIo}. Standard output that is a regular file is written with
 * a sink that never loses a short write ({@link fileStdout}).
 *
 * @returns Streams, environment and clock of this process.
 * @example
 * ```ts
 * await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: fileStdout(1) ?? process.stdout,
    stderr: process.stderr,
    stdin: nodeStdin(),
    env: process.env,
    today: () => todayInShanghai(),
  };
}

/**
 * Standard input, or — when it is a directory (`qsd validate - < somedir`), which Node reads
 * as an empty stream — an input that fails with a message saying so.
 */
function nodeStdin(): AsyncIterable<Uint8Array | string> {
  let directory = false;
  try {
    directory = fstatSync(0).isDirectory();
  } catch {
    // no standard input at all: read it as Node does
  }
  return directory ? directoryStdin() : process.stdin;
}

// eslint-disable-next-line require-yield
async function* directoryStdin(): AsyncGenerator<Uint8Array> {
  throw new CliError("无法读取标准输入：这是一个目录", "cannot read standard input: it is a directory");
}

// `qsd … | head` closes the pipe early: stop quietly (exit 0). Any other write error on
// standard output (a full disk, /dev/full, a size limit) is one clean line and exit 2 —
// never a stack trace, never exit 1 (which means "invalid input").
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`${stdoutErrorLine(error, langFromArgv(process.argv.slice(2)))}\n`);
  process.exit(2);
});
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
