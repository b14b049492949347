import { isUtf8 } from "node:buffer";

/** One line of a text stream. */
export interface TextLine {
  /** The line's text without its line ending (`\n` or `\r\n`). */
  text: string;
  /** 1-based line number. */
  lineNumber: number;
  /** Set when the line was longer than the limit: `text` holds only its start. */
  tooLong?: boolean;
  /** Set when the line's bytes were not valid UTF-8: each bad sequence was decoded as U+FFFD. */
  invalidUtf8?: boolean;
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
 * Byte chunks are split at line feeds before decoding (a line feed never occurs inside a
 * UTF-8 sequence), so each line's bytes are checked once: a line whose bytes are not valid
 * UTF-8 is decoded with U+FFFD for the bad bytes and flagged `invalidUtf8`.
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
  // A line of `max` UTF-16 code units takes at most 3 bytes per unit in UTF-8.
  const maxBytes = max * 3;
  let pending = "";
  let pendingBytes: Buffer[] = [];
  let pendingByteLength = 0;
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
  const finishBytes = (bytes: Buffer): TextLine => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    let begin = 0;
    if (lineNumber === 0 && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) begin = 3;
    const body = bytes.subarray(begin, end);
    let text = body.toString("utf8");
    const tooLong = overflow || text.length > max;
    if (text.length > max) text = text.slice(0, max);
    overflow = false;
    lineNumber++;
    const line: TextLine = { text, lineNumber };
    if (tooLong) line.tooLong = true;
    // Only a line that decoded to U+FFFD can hold invalid bytes: the check runs on those alone.
    if (text.includes("\ufffd") && !isUtf8(body)) line.invalidUtf8 = true;
    return line;
  };
  for await (const chunk of chunks) {
    if (typeof chunk !== "string") {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const batch: TextLine[] = [];
      let start = 0;
      const firstNl = buf.indexOf(0x0a);
      if (firstNl !== -1) {
        // The line that began in an earlier chunk.
        const piece = buf.subarray(0, firstNl);
        batch.push(finishBytes(overflow ? Buffer.concat(pendingBytes) : pendingByteLength === 0 ? piece : Buffer.concat([...pendingBytes, piece])));
        pendingBytes = [];
        pendingByteLength = 0;
        start = firstNl + 1;
        const lastNl = buf.lastIndexOf(0x0a);
        if (lastNl > firstNl) {
          // The whole lines of this chunk, decoded at once; line by line only when the span
          // decoded to U+FFFD (to find which line's bytes are invalid).
          const span = buf.subarray(start, lastNl);
          const text = span.toString("utf8");
          if (text.includes("\ufffd")) {
            for (let nl = buf.indexOf(0x0a, start); nl !== -1 && nl <= lastNl; nl = buf.indexOf(0x0a, start)) {
              batch.push(finishBytes(buf.subarray(start, nl)));
              start = nl + 1;
            }
          } else {
            let from = 0;
            for (let nl = text.indexOf("\n"); ; nl = text.indexOf("\n", from)) {
              const end = nl === -1 ? text.length : nl;
              let line = text.slice(from, end);
              if (line.endsWith("\r")) line = line.slice(0, -1);
              lineNumber++;
              if (line.length > max) batch.push({ text: line.slice(0, max), lineNumber, tooLong: true });
              else batch.push({ text: line, lineNumber });
              if (nl === -1) break;
              from = nl + 1;
            }
            start = lastNl + 1;
          }
        }
      }
      first = false;
      if (!overflow && start < buf.length) {
        const rest = buf.subarray(start);
        pendingBytes.push(rest);
        pendingByteLength += rest.length;
        if (pendingByteLength > maxBytes) {
          // Keep only the line's start (to report it), drop the rest until its end.
          pendingBytes = [Buffer.concat(pendingBytes).subarray(0, maxBytes)];
          pendingByteLength = maxBytes;
          overflow = true;
        }
      }
      if (batch.length > 0) yield batch;
      continue;
    }
    let piece = chunk;
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
  if (pendingByteLength > 0) {
    yield [finishBytes(Buffer.concat(pendingBytes))];
    return;
  }
  if (pending.length > 0 || overflow) yield [finish(pending)];
}
