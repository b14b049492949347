/**
 * The cut-stream marker: when a streamed run (`classify`, `obligations`, `validate`) stops
 * on a fatal error, everything already computed is written out first, then one last line
 * says that the output is incomplete — `{"error": …}` for JSON lines, a visible
 * `qsd: 输出不完整…` line for text — so a reader of standard output alone can never take a
 * cut output for a whole one. The error itself is still reported on standard error.
 */
import { CliError, pick, type Lang } from "./errors";
import type { BufferedWriter } from "./io";
import { OutputWriteError } from "./output";

/**
 * The last line of a JSON-lines output that was cut short by a fatal error.
 *
 * `code` is always `"output_incomplete"`; `reason` says what stopped the run:
 * `"input_error"` (the input could not be read on, e.g. a data set's invalid `asOf`) or
 * `"internal_error"` (a bug in qsd); `results` is how many results (units classified,
 * agendas, invalid records reported) were written before it;
 * `message` / `messageEn` say it in words.
 *
 * @example
 * ```json
 * {"error":{"code":"output_incomplete","reason":"input_error","results":2,"message":"输出不完整：…","messageEn":"output incomplete: …"}}
 * ```
 */
export interface CutStreamMarker {
  /** What went wrong. */
  error: {
    /** Always `"output_incomplete"`. */
    code: "output_incomplete";
    /** `"input_error"` or `"internal_error"`. */
    reason: "input_error" | "internal_error";
    /** Results written before the run stopped. */
    results: number;
    /** 中文说明 */
    message: string;
    /** English message */
    messageEn: string;
  };
}

/**
 * The marker for an error that stopped a streamed run.
 *
 * @param error - What stopped it.
 * @param results - Results written before it.
 * @returns The marker object (one JSON line).
 * @example
 * ```ts
 * cutStreamMarker(new CliError("读取失败", "read failed"), 3).error.reason; // "input_error"
 * ```
 */
export function cutStreamMarker(error: unknown, results: number): CutStreamMarker {
  const input = error instanceof CliError || (error instanceof Error && typeof (error as { messageZh?: unknown }).messageZh === "string");
  let why = "";
  let whyZh = "";
  try {
    why = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 300) : String(error).slice(0, 300);
    whyZh = error instanceof CliError ? error.messageZh.split("\n")[0]!.slice(0, 300) : why;
  } catch {
    // an error that cannot be shown
  }
  return {
    error: {
      code: "output_incomplete",
      reason: input ? "input_error" : "internal_error",
      results,
      message: `输出不完整：已输出 ${results} 条结果后因错误中止${whyZh ? `（${whyZh}）` : ""}`,
      messageEn: `output incomplete: stopped by an error after ${results} results${why ? ` (${why})` : ""}`,
    },
  };
}

/** Options of {@link withCutMarker}. */
export interface WithCutMarkerOptions {
  /** JSON lines (the marker is a `{"error": …}` line) or text (a `qsd: 输出不完整…` line). */
  json: boolean;
  /** The language of the text line. */
  lang: Lang;
  /** Results written so far (read when the run stops). */
  results(): number;
  /** Writes out what is still held back (e.g. a table's first rows) before the marker. */
  beforeMarker?(): Promise<unknown> | unknown;
}

/**
 * Runs a streamed command body; if it throws, first flushes everything it has written so far
 * (`beforeMarker`, then the buffer), then writes the cut-stream marker as the output's last
 * line, then rethrows (the CLI reports the error on standard error and sets the exit code).
 * A failed write to standard output itself ({@link OutputWriteError}) is rethrown as is:
 * there is no output left to mark.
 *
 * @param out - The command's buffered standard output.
 * @param options - See {@link WithCutMarkerOptions}.
 * @param body - The streamed run.
 * @returns What `body` returns.
 * @throws What `body` throws, after the marker is written.
 * @example
 * ```ts
 * const code = await withCutMarker(out, { json, lang, results: () => n }, () => runTheStream());
 * ```
 */
export async function withCutMarker<T>(out: BufferedWriter, options: WithCutMarkerOptions, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof OutputWriteError) throw error;
    try {
      await options.beforeMarker?.();
      const marker = cutStreamMarker(error, options.results());
      if (options.json) await out.write(`${JSON.stringify(marker)}\n`);
      else await out.write(`qsd: ${pick(options.lang, marker.error.message, marker.error.messageEn)}\n`);
      await out.flush();
    } catch (writeError) {
      if (writeError instanceof OutputWriteError) throw writeError;
      // The output is failing too: the error itself is what the user needs to see.
    }
    throw error;
  }
}
