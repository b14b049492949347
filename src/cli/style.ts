import type { CliIo, TextSink } from "./io";

/** Text styles for terminal output; each is the identity when colour is off. */
export interface Style {
  /** Whether colour codes are written. */
  readonly enabled: boolean;
  /** Bold. */
  bold(text: string): string;
  /** Dim (secondary text). */
  dim(text: string): string;
  /** Red (errors, overdue, special supervision). */
  red(text: string): string;
  /** Yellow (warnings, key supervision). */
  yellow(text: string): string;
  /** Green (valid, met). */
  green(text: string): string;
  /** Cyan (headings). */
  cyan(text: string): string;
}

const wrap =
  (on: boolean, open: number, close: number) =>
  (text: string): string =>
    on && text !== "" ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/**
 * Chooses whether to colour output written to `sink`: only on a terminal, never when
 * `NO_COLOR` is set (https://no-color.org), always when `FORCE_COLOR` is set to anything
 * but `0`.
 *
 * @param sink - Where the text goes (its `isTTY`).
 * @param env - The environment.
 * @returns The styles, enabled or not.
 * @example
 * ```ts
 * const s = styleFor(process.stdout, process.env);
 * console.log(s.bold("监管概况"));
 * ```
 */
export function styleFor(sink: TextSink, env: CliIo["env"]): Style {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  const on = forced || (sink.isTTY === true && env.NO_COLOR === undefined && env.TERM !== "dumb");
  return {
    enabled: on,
    bold: wrap(on, 1, 22),
    dim: wrap(on, 2, 22),
    red: wrap(on, 31, 39),
    yellow: wrap(on, 33, 39),
    green: wrap(on, 32, 39),
    cyan: wrap(on, 36, 39),
  };
}

/** Styles that do nothing (for files, pipes and tests). */
export const plainStyle: Style = styleFor({ write: () => true }, {});
