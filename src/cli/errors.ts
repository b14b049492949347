/**
 * The CLI's own errors and exit codes. Each error carries its message in Chinese and
 * English; the runner prints the one the user chose and exits with the error's code, and
 * never shows a stack trace for them.
 */

/** Exit code: everything valid / done. */
export const EXIT_OK = 0;
/** Exit code: invalid input found (invalid records, bad NDJSON lines). */
export const EXIT_INVALID = 1;
/** Exit code: usage error, or a file that cannot be read or parsed. */
export const EXIT_USAGE = 2;
/** Exit code: an internal error (a bug): the message says how to report it. */
export const EXIT_INTERNAL = 70;

/**
 * An error the user can fix: a bad option value, an unreadable or unparseable file, a
 * date outside the calendar. Exits with {@link EXIT_USAGE} unless another code is given.
 *
 * @example
 * ```ts
 * throw new CliError("无法读取文件 a.json：文件不存在", "cannot read a.json: no such file");
 * ```
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** 中文说明 */
  readonly messageZh: string;
  /** The exit code to end with. */
  readonly exitCode: number;
  /** Extra lines shown under the message (e.g. the offending line with a caret). */
  readonly details: readonly string[];

  /**
   * @param messageZh - The message in Chinese.
   * @param messageEn - The message in English.
   * @param options - `exitCode` (default {@link EXIT_USAGE}) and `details` lines.
   */
  constructor(messageZh: string, messageEn: string, options: { exitCode?: number; details?: readonly string[] } = {}) {
    super(messageEn);
    this.messageZh = messageZh;
    this.exitCode = options.exitCode ?? EXIT_USAGE;
    this.details = options.details ?? [];
  }
}

/** The language of messages and reports. */
export type Lang = "zh" | "en";

/**
 * Picks the Chinese or the English text.
 *
 * @param lang - The chosen language.
 * @param zh - The Chinese text.
 * @param en - The English text.
 * @returns `zh` or `en`.
 * @example
 * ```ts
 * pick("en", "有效", "valid"); // "valid"
 * ```
 */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === "en" ? en : zh;
}

/**
 * Turns a typed error of the library (`InvalidDateError`, `CalendarCoverageError`,
 * `PolicyError`, `UnitDataError`, or any error with a `messageZh`) into a {@link CliError}; returns
 * `undefined` for anything else (a bug), so the caller can report it as internal.
 *
 * @param error - What was thrown.
 * @param context - What the CLI was doing, in Chinese and English, put before the message.
 * @returns The user-facing error, or `undefined`.
 * @example
 * ```ts
 * libraryErrorToCliError(new InvalidDateError("2025-02-30"))?.messageZh; // 日期"2025-02-30"无效，应为 YYYY-MM-DD 格式的公历日期。
 * ```
 */
export function libraryErrorToCliError(error: unknown, context?: { zh: string; en: string }): CliError | undefined {
  if (error instanceof CliError) return error;
  if (!(error instanceof Error)) return undefined;
  const known = ["InvalidDateError", "CalendarCoverageError", "PolicyError", "UnitDataError"];
  const zh = (error as { messageZh?: unknown }).messageZh;
  if (!known.includes(error.name) && typeof zh !== "string") return undefined;
  const messageZh = typeof zh === "string" ? zh : error.message;
  return new CliError(context ? `${context.zh}：${messageZh}` : messageZh, context ? `${context.en}: ${error.message}` : error.message);
}
