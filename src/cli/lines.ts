import { StringDecoder } from "node:string_decoder";

/** One line of a text stream. */
export interface TextLine {
  /** The line's text without its line ending (`\n` or `\r\n`). */
  text: string;
  /** 1-based line number. */
  lineNumber: number;
  /** Set when the line was longer than the limit: `text` holds only its start. */
  tooLong?: boolean;
}

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** The longest line kept whole, in UTF-16 code units (default 16 Mi). Longer lines are cut and flagged, so one runaway line cannot exhaust memory. */
  maxLineLength?: number;
}

/**
 * Splits a stream of byte or string chunks into lines, holding only the current partial
 * line in memory (NDJSON of any size streams through in bounded memory). UTF-8 sequences
 * split across chunks are joined correctly; a leading byte-order mark is dropped.
 *
 * @param chunks - The stream (e.g. `fs.createReadStream(path)` or `process.stdin`).
 * @param options - See {@link ReadLinesOptions}.
 * @returns The lines in order, numbered from 1 (a final line without `\n` included; a
 *   trailing empty line after the last `\n` is not).
 * @example
 * ```ts
 * for await (const { text, lineNumber } of readLines(fs.createReadStream("units.ndjson"))) { … }
 * ```
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<TextLine> {
  for await (const batch of readLineBatches(chunks, options)) yield* batch;
}

/**
 * Like {@link readLines}, but yields the lines of each chunk as one array, so a consumer
 * pays the cost of an asynchronous step once per chunk (64 KiB) rather than once per line.
 *
 * @param chunks - The stream.
 * @param options - See {@link ReadLinesOptions}.
 * @returns Arrays of consecutive lines (never empty).
 * @example
 * ```ts
 * for await (const lines of readLineBatches(stream)) for (const line of lines) handle(line);
 * ```
 */
export async function* readLineBatches(chunks: AsyncIterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<TextLine[]> {
  const max = options.maxLineLength ?? 16 * 1024 * 1024;
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let lineNumber = 0;
  let overflow = false; // the current line passed `max`: its rest is skipped
  let first = true;
  const finish = (text: string): TextLine => {
    lineNumber++;
    const line: TextLine = { text: text.endsWith("\r") ? text.slice(0, -1) : text, lineNumber };
    if (overflow) line.tooLong = true;
    overflow = false;
    return line;
  };
  for await (const chunk of chunks) {
    let piece = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    if (first && piece.length > 0) {
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      first = false;
    }
    const batch: TextLine[] = [];
    let start = 0;
    for (let nl = piece.indexOf("\n"); nl !== -1; nl = piece.indexOf("\n", start)) {
      const text = overflow ? pending : pending + piece.slice(start, nl);
      pending = "";
      start = nl + 1;
      batch.push(finish(text.length > max ? text.slice(0, max) : text));
    }
    if (!overflow) {
      pending += piece.slice(start);
      if (pending.length > max) {
        pending = pending.slice(0, max);
        overflow = true;
      }
    }
    if (batch.length > 0) yield batch;
  }
  const rest = decoder.end();
  if (rest && !overflow) pending += rest;
  if (pending.length > 0 || overflow) yield [finish(pending)];
}
