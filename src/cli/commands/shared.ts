import { pick, type CliError, type Lang } from "../errors";
import type { CliIo } from "../io";
import { styleFor } from "../style";

/** What every command's action gets: the streams, and a way to set the exit code. */
export interface CommandContext {
  /** The streams, environment and clock. */
  io: CliIo;
  /** Sets the process's exit code (the highest set wins). */
  setExitCode(code: number): void;
}

/**
 * Prints a user-facing error on standard error: `qsd: 错误：…` and its detail lines. Never a
 * stack trace.
 *
 * @param io - The streams.
 * @param lang - The message language.
 * @param error - The error.
 * @example
 * ```ts
 * writeCliError(io, "en", new CliError("…", "cannot read a.json: no such file"));
 * // qsd: error: cannot read a.json: no such file
 * ```
 */
export function writeCliError(io: CliIo, lang: Lang, error: CliError): void {
  const style = styleFor(io.stderr, io.env);
  const head = `qsd: ${style.red(pick(lang, "错误", "error"))}${pick(lang, "：", ": ")}${pick(lang, error.messageZh, error.message)}`;
  io.stderr.write(`${[head, ...error.details].join("\n")}\n`);
}

/**
 * An English count with its noun: `1 issue`, `2 issues`.
 *
 * @param n - The count.
 * @param noun - The singular noun.
 * @returns The count and the noun, plural when `n` is not 1.
 * @example
 * ```ts
 * plural(3, "record"); // "3 records"
 * ```
 */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : `${noun}s`}`;
}
