/**
 * Reading request bodies: the content type, the size limit and the time limit. A JSON body
 * is read whole (up to the limit) and parsed; an NDJSON body is streamed line by line, so
 * memory holds one line (at most the limit long) and the results not yet sent.
 */
import { findJsonSyntaxError } from "../json-syntax";
import { readLineBatches, type TextLine } from "../lines";
import { ServeError } from "./errors";

/** `application/json`. */
export const JSON_TYPE = "application/json";
/** `application/x-ndjson`: one JSON value per line. */
export const NDJSON_TYPE = "application/x-ndjson";

/** What a request's body is, from its `Content-Type`. */
export type BodyKind = "json" | "ndjson";

/**
 * Decides how to read a body from its `Content-Type`: `application/json` or, where the
 * route streams, `application/x-ndjson` (any `charset` other than UTF-8 is refused).
 *
 * @param contentType - The header, or `undefined`.
 * @param ndjson - Whether the route accepts NDJSON.
 * @returns The kind.
 * @throws {ServeError} 415 for a missing or other type.
 */
export function bodyKindOf(contentType: string | undefined, ndjson: boolean): BodyKind {
  const accepted = ndjson ? [JSON_TYPE, NDJSON_TYPE] : [JSON_TYPE];
  const [type = "", ...params] = (contentType ?? "").split(";").map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith("charset="))?.slice(8).replace(/^"|"$/g, "");
  const utf8 = charset === undefined || charset === "utf-8" || charset === "utf8";
  if (utf8 && type === JSON_TYPE) return "json";
  if (utf8 && ndjson && (type === NDJSON_TYPE || type === "application/jsonl" || type === "application/jsonlines")) return "ndjson";
  throw ServeError.of(415, "unsupported_media_type", { ...(contentType ? { received: contentType } : {}), accepted });
}

/** Limits on reading a body. */
export interface BodyLimits {
  /** The most bytes of a JSON body, and of one NDJSON line. */
  maxBytes: number;
  /** How long to wait for the body (JSON) or for the next chunk (NDJSON), in milliseconds. */
  timeoutMs: number;
}

/** Reads the next chunk, or fails with 408 when none comes within `ms`. */
async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number, deadline?: number): Promise<Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>["read"]>>> {
  const wait = deadline === undefined ? ms : Math.max(0, deadline - performance.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(ServeError.of(408, "request_timeout", { ms })), wait);
  });
  try {
    return await Promise.race([reader.read(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a whole JSON body and parses it.
 *
 * @param body - The request's body stream (`null` when there is none).
 * @param contentLength - The `Content-Length` header, when given.
 * @param limits - See {@link BodyLimits}.
 * @returns The parsed value.
 * @throws {ServeError} 413 over the limit (told by `Content-Length` or counted), 408 when
 *   the body does not arrive in time, 400 when it is not UTF-8 JSON (with the line and column).
 */
export async function readJsonBody(body: ReadableStream<Uint8Array> | null, contentLength: string | undefined, limits: BodyLimits): Promise<unknown> {
  if (contentLength !== undefined && Number(contentLength) > limits.maxBytes) throw ServeError.of(413, "payload_too_large", { limit: limits.maxBytes });
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    const deadline = performance.now() + limits.timeoutMs;
    try {
      for (;;) {
        const { done, value } = await readWithin(reader, limits.timeoutMs, deadline);
        if (done) break;
        size += value.byteLength;
        if (size > limits.maxBytes) throw ServeError.of(413, "payload_too_large", { limit: limits.maxBytes });
        chunks.push(value);
      }
    } catch (error) {
      reader.cancel().catch(() => {});
      throw error;
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks, size));
  } catch {
    throw ServeError.of(400, "invalid_json", { reason: "the body is not UTF-8 text", reasonZh: "请求体不是 UTF-8 编码的文本" });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxError(text);
    throw ServeError.of(400, "invalid_json", problem ? { reason: problem.reason, reasonZh: problem.reasonZh, line: problem.line, column: problem.column } : {});
  }
}

/** One line of an NDJSON body: its parsed value, or why it could not be read. */
export type NdjsonLine =
  | { line: number; ok: true; value: unknown }
  | { line: number; ok: false; error: ServeError };

/**
 * Streams an NDJSON body as batches of parsed lines (one batch per chunk received). Blank
 * lines are skipped; a line that is not JSON, or is longer than the limit, comes out as an
 * error in its place and the rest goes on.
 *
 * @param body - The request's body stream.
 * @param limits - `maxBytes` bounds one line; `timeoutMs` is the longest wait for the next chunk.
 * @returns The batches, in order.
 * @throws {ServeError} 408 when the next chunk does not come in time.
 */
export async function* ndjsonLines(body: ReadableStream<Uint8Array> | null, limits: BodyLimits): AsyncGenerator<NdjsonLine[]> {
  if (!body) return;
  const reader = body.getReader();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        const { done, value } = await readWithin(reader, limits.timeoutMs);
        if (done) return;
        yield value;
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }
  // A line's length is bounded in UTF-16 code units; a UTF-8 byte is at most one of them.
  for await (const lines of readLineBatches(chunks(), { maxLineLength: limits.maxBytes })) {
    const batch: NdjsonLine[] = [];
    for (const line of lines) {
      const parsed = parseLine(line, limits.maxBytes);
      if (parsed) batch.push(parsed);
    }
    if (batch.length > 0) yield batch;
  }
}

function parseLine({ text, lineNumber, tooLong, invalidUtf8 }: TextLine, maxBytes: number): NdjsonLine | undefined {
  if (tooLong) return { line: lineNumber, ok: false, error: ServeError.of(413, "line_too_long", { limit: maxBytes, line: lineNumber }) };
  if (invalidUtf8) return { line: lineNumber, ok: false, error: ServeError.of(400, "invalid_json", { reason: "the line is not UTF-8 text", reasonZh: "该行不是 UTF-8 编码的文本", line: lineNumber, column: 1 }) };
  if (text.length === 0 || (text.charCodeAt(0) <= 0x20 && text.trim() === "")) return undefined;
  try {
    return { line: lineNumber, ok: true, value: JSON.parse(text) };
  } catch {
    const problem = findJsonSyntaxError(text);
    return { line: lineNumber, ok: false, error: ServeError.of(400, "invalid_json", problem ? { reason: problem.reason, reasonZh: problem.reasonZh, line: lineNumber, column: problem.column } : { line: lineNumber }) };
  }
}
