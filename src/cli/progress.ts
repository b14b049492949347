import type { TextSink } from "./io";
import { rawSink } from "./terminal-text";

/** A progress line on standard error (see {@link createProgress}). */
export interface Progress {
  /** Counts one more record; redraws the line every `every` records. */
  tick(): void;
  /** Counts `n` more records at once (redraws when a multiple of `every` is passed). */
  add(n: number): void;
  /** Erases the line (before other output, and at the end). */
  clear(): void;
}

/** Options of {@link createProgress}. */
export interface CreateProgressOptions {
  /** Whether to show anything at all: only when standard error is a terminal (never in pipes or files). */
  enabled: boolean;
  /** Redraw every this many records (default 2,000); the line first appears after that many, so short runs show nothing. */
  every?: number;
  /** The label, e.g. `"已处理"` / `"processed"`. */
  label: string;
}

/**
 * A progress line for long runs, redrawn in place (`\r`) on standard error when it is a
 * terminal. It counts records rather than reading a clock, so its output is
 * deterministic; a run shorter than `every` records shows nothing.
 *
 * @param sink - Standard error.
 * @param options - See {@link CreateProgressOptions}.
 * @returns The progress line.
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, { enabled: process.stderr.isTTY === true, label: "已处理" });
 * for (const u of units) { progress.tick(); … }
 * progress.clear();
 * ```
 */
export function createProgress(sink: TextSink, options: CreateProgressOptions): Progress {
  // The line redraws in place (`\r`, `ESC [ K`) and holds no data: written past the escaping.
  const stderr = rawSink(sink);
  const every = options.every ?? 2000;
  let count = 0;
  let shown = false;
  if (!options.enabled) return { tick: () => undefined, add: () => undefined, clear: () => undefined };
  const draw = () => {
    stderr.write(`\r\u001b[K${options.label} ${count.toLocaleString("en-US")} …`);
    shown = true;
  };
  return {
    tick() {
      count++;
      if (count % every === 0) draw();
    },
    add(n: number) {
      const before = Math.floor(count / every);
      count += n;
      if (Math.floor(count / every) > before) draw();
    },
    clear() {
      if (shown) stderr.write("\r\u001b[K");
      shown = false;
    },
  };
}
