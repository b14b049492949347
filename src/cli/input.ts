import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import type { Problem, ProblemParams, ValidationIssue } from "../entities";
import { _problem } from "../entities/messages";
import { CliError, EXIT_USAGE } from "./errors";
import { findJsonSyntaxError, lineExcerpt } from "./json-syntax";
import { readLineBatches } from "./lines";
import { importTabular, isTabularPath } from "./tabular-input";
import { displayWidth } from "./text-width";

/**
 * The largest JSON (non-NDJSON) input read whole: 128 MiB. JSON files are parsed in one
 * piece, which takes several times their size in memory; larger inputs must be NDJSON
 * (one record per line), which streams in bounded memory, e.g. `jq -c '.units[]' big.json > big.ndjson`.
 */
export const MAX_JSON_BYTES = 128 * 1024 * 1024;

/** How standard input is named in messages. */
export const STDIN_NAME = "<stdin>";

/** How far into an input the format detection looks for the end of the first line. */
const PEEK_BYTES = 1024 * 1024;

/** How an input is read. */
export type InputFormat = "json" | "ndjson";

/** One top-level value of an input: the whole JSON document, or one NDJSON line. */
export interface InputDocument {
  ok: true;
  /** The parsed value. */
  value: unknown;
  /** NDJSON: the 1-based line number. */
  line?: number;
  /** Set when the document's bytes were not valid UTF-8: each bad sequence was read as U+FFFD (the CLI warns, once). */
  invalidUtf8?: boolean;
}

/**
 * An NDJSON line that is not valid JSON (reported, and the rest goes on): a problem with
 * code `invalid_json`, its line, column and syntax error (`cause`) in `params`.
 */
export interface InputLineError extends Problem<"invalid_json"> {
  ok: false;
  /** The 1-based line number. */
  line: number;
  /** The 1-based column of the error in that line. */
  column: number;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
  /**
   * From a spreadsheet (xlsx, CSV): a unit — or a row that belongs to no unit — left out
   * for its problems, each located at its cell (`path`: `人员!E5 任职日期`); `where` is the
   * sheet and row (`单位!3`), `id` the unit's id. `line` is that row.
   */
  table?: { where: string; id?: string; issues: ValidationIssue[] };
}

/** An opened input: its detected format and its documents. */
export interface OpenedInput {
  /** The name for messages: the path as given, or `<stdin>` for `-`. */
  name: string;
  /** How it is read. */
  format: InputFormat;
  /** The documents, in order (for JSON, exactly one). */
  documents: AsyncIterable<InputDocument | InputLineError>;
  /** The same documents in batches (one per chunk read), for consumers that want fewer asynchronous steps. Read either this or `documents`, not both. */
  batches: AsyncIterable<(InputDocument | InputLineError)[]>;
}

/** Options of {@link openInput}. */
export interface OpenInputOptions {
  /** Standard input, read when `name` is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Force a format instead of detecting it. */
  format?: InputFormat;
  /** The JSON size limit (default {@link MAX_JSON_BYTES}); for tests. */
  maxJsonBytes?: number;
}

/**
 * Opens a file (or stdin for `-`) and tells JSON from NDJSON: NDJSON by the extension
 * `.ndjson` / `.jsonl`, or by content — the first non-space character is `{` and the
 * first line is already a complete JSON value (so more values follow on later lines).
 * NDJSON is streamed line by line in bounded memory; JSON is read whole, up to
 * {@link MAX_JSON_BYTES}. A workbook (`.xlsx`), a CSV file or a folder of CSV files is
 * imported (`datasetFromTables`): one JSON document of the valid units, after one
 * {@link InputLineError} with `table` for each unit (or loose row) left out.
 *
 * @param name - A file path, or `-` for standard input.
 * @param options - See {@link OpenInputOptions}.
 * @returns The opened input.
 * @throws {CliError} (exit 2) when the file cannot be opened, is a directory, is too big
 *   for JSON, or (when its documents are read) is not valid JSON — with the line and
 *   column of the syntax error.
 * @example
 * ```ts
 * const input = await openInput("units.ndjson", { stdin: process.stdin });
 * for await (const doc of input.documents) if (doc.ok) console.log(doc.line, doc.value);
 * ```
 */
export async function openInput(name: string, options: OpenInputOptions): Promise<OpenedInput> {
  if (options.format === undefined && (await isTabularPath(name))) return openTabular(name);
  const maxJson = options.maxJsonBytes ?? MAX_JSON_BYTES;
  let chunks: AsyncIterable<Uint8Array | string>;
  let size: number | undefined;
  if (name === "-") {
    chunks = options.stdin;
  } else {
    const handle = await open(name, "r").catch((e: NodeJS.ErrnoException) => {
      throw openError(name, e);
    });
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw new CliError(`无法读取 ${name}：这是一个目录`, `cannot read ${name}: it is a directory`);
    }
    size = stat.size;
    chunks = handle.createReadStream();
  }
  const byExtension = /\.(ndjson|jsonl)$/i.test(name) ? "ndjson" : undefined;
  const peeked = await peek(chunks, PEEK_BYTES);
  const format: InputFormat = options.format ?? byExtension ?? detectFormat(peeked.head);
  const shown = name === "-" ? STDIN_NAME : name;
  if (format !== "ndjson" && size !== undefined && size > maxJson) throw tooBig(shown, maxJson);
  const batches = format === "ndjson" ? ndjsonBatches(peeked.stream) : jsonDocuments(shown, peeked.stream, maxJson);
  return { name: shown, format, batches, documents: _flatten(batches) };
}

function openError(name: string, e: NodeJS.ErrnoException): CliError {
  const why: Record<string, [string, string]> = {
    ENOENT: ["文件不存在", "no such file"],
    EACCES: ["没有读取权限", "permission denied"],
    EISDIR: ["这是一个目录", "it is a directory"],
  };
  const [zh, en] = why[e.code ?? ""] ?? [e.message, e.message];
  return new CliError(`无法读取 ${name}：${zh}`, `cannot read ${name}: ${en}`);
}

function tooBig(name: string, max: number): CliError {
  const mb = Math.round(max / 1024 / 1024);
  return new CliError(
    `${name} 超过 ${mb} MiB，无法作为 JSON 整体读取：请改用 NDJSON（每行一条记录，扩展名 .ndjson），例如 jq -c '.units[]' ${name} > units.ndjson`,
    `${name} is larger than ${mb} MiB, too big to read as one JSON document: use NDJSON (one record per line, extension .ndjson), e.g. jq -c '.units[]' ${name} > units.ndjson`,
  );
}

/**
 * Decides the format from the start of an input (used when the extension does not say).
 *
 * @param head - The input's first characters, at least through its first line when it has one.
 * @returns `"ndjson"` when the first non-space character is `{`, the first line is a
 *   complete JSON value and more content follows it, else `"json"`.
 * @example
 * ```ts
 * detectFormat('{"id":"a"}\n{"id":"b"}\n'); // "ndjson"
 * detectFormat('{"units":[]}\n');          // "json" (one value)
 * detectFormat('{\n  "units": []\n}');     // "json"
 * ```
 */
export function detectFormat(head: string): InputFormat {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const start = text.search(/\S/);
  if (start === -1 || text[start] !== "{") return "json";
  const nl = text.indexOf("\n", start);
  if (nl === -1) return "json"; // one line (or longer than the peek): read whole
  if (!/\S/.test(text.slice(nl))) return "json"; // a single value on one line
  try {
    JSON.parse(text.slice(start, nl));
    return "ndjson";
  } catch {
    return "json";
  }
}

/** Whether enough of the input has been seen to decide its format: the first line with content, and content after it. */
function _headIsDecided(text: string): boolean {
  const start = text.search(/\S/);
  if (start === -1) return false;
  if (text[start] !== "{") return true;
  const nl = text.indexOf("\n", start);
  return nl !== -1 && /\S/.test(text.slice(nl));
}

/** Reads the start of a stream (through the first line with content, at most `limit` bytes) and returns it with a stream that replays it. */
async function peek(chunks: AsyncIterable<Uint8Array | string>, limit: number): Promise<{ head: string; stream: AsyncIterable<Uint8Array | string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const taken: (Uint8Array | string)[] = [];
  let bytes = 0;
  let text = "";
  let done = false;
  const decoder = new StringDecoder("utf8");
  while (bytes < limit) {
    const next = await iterator.next().catch((e: NodeJS.ErrnoException) => {
      if (e instanceof CliError) throw e; // e.g. standard input that is a directory
      throw new CliError(`读取输入失败：${e.message}`, `cannot read the input: ${e.message}`);
    });
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    bytes += next.value.length;
    text += typeof next.value === "string" ? next.value : decoder.write(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    if (_headIsDecided(text)) break;
  }
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    yield* taken;
    if (done) return;
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: text, stream: replay() };
}

/** The longest NDJSON line read, in characters; a longer line is reported (`json_line_too_long`) and skipped. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

async function* ndjsonBatches(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<(InputDocument | InputLineError)[]> {
  for await (const lines of readLineBatches(chunks, { maxLineLength: MAX_LINE_CHARS })) {
    const batch: (InputDocument | InputLineError)[] = [];
    for (const { text, lineNumber, tooLong, invalidUtf8 } of lines) {
      if (tooLong) {
        batch.push({ ok: false, line: lineNumber, column: 1, ..._problem("invalid_json", { line: lineNumber, cause: { code: "json_line_too_long", params: { max: MAX_LINE_CHARS } } }) });
        continue;
      }
      if (text.length === 0 || (text.charCodeAt(0) <= 0x20 && text.trim() === "")) continue;
      try {
        const doc: InputDocument = { ok: true, value: JSON.parse(text), line: lineNumber };
        if (invalidUtf8) doc.invalidUtf8 = true;
        batch.push(doc);
      } catch {
        const problem = findJsonSyntaxError(text);
        const column = problem?.column ?? 1;
        const params: ProblemParams = { line: lineNumber, column };
        if (problem) params.cause = { code: problem.code, params: problem.params };
        batch.push({ ok: false, line: lineNumber, column, ..._problem("invalid_json", params) });
      }
    }
    if (batch.length > 0) yield batch;
  }
}

async function* _flatten<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

async function* jsonDocuments(name: string, chunks: AsyncIterable<Uint8Array | string>, max: number): AsyncGenerator<(InputDocument | InputLineError)[]> {
  const buffers: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of chunks) {
      const b = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
      bytes += b.length;
      if (bytes > max) throw tooBig(name, max);
      buffers.push(b);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`读取 ${name} 失败：${(e as Error).message}`, `cannot read ${name}: ${(e as Error).message}`);
  }
  const whole = Buffer.concat(buffers);
  buffers.length = 0;
  // Bytes that are not UTF-8 are read as U+FFFD: say so (once for the document) rather than silently.
  const invalidUtf8 = !isUtf8(whole);
  let text = whole.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxError(text);
    if (problem === undefined) throw new CliError(`${name} 不是有效的 JSON`, `${name} is not valid JSON`, { exitCode: EXIT_USAGE });
    if (problem.kind === "trailing" && text.trimStart().startsWith("{")) {
      // Several top-level objects: NDJSON whose first line was too long to detect it.
      yield* ndjsonBatches(_once(text));
      return;
    }
    const { excerpt, column } = lineExcerpt(text, problem.offset);
    const where = `${name}:${problem.line}:${problem.column}`;
    throw new CliError(`${where}：JSON 语法错误：${problem.reasonZh}（第 ${problem.line} 行第 ${problem.column} 列）`, `${where}: JSON syntax error: ${problem.reason} (line ${problem.line}, column ${problem.column})`, {
      details: excerpt.trim() === "" ? [] : [`  ${excerpt}`, `  ${caretAt(excerpt, column)}`],
    });
  }
  yield [invalidUtf8 ? { ok: true, value, invalidUtf8: true } : { ok: true, value }];
}

/** A caret line under the 1-based `column` of `excerpt`, aligned for wide characters. */
function caretAt(excerpt: string, column: number): string {
  const before = Array.from(excerpt).slice(0, column - 1).join("");
  return `${" ".repeat(displayWidth(before))}^`;
}

async function* _once(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * A spreadsheet input as documents: each unit left out for its problems (and each problem
 * that belongs to no unit: an unknown sheet or column, a row whose unit does not exist) as
 * an {@link InputLineError} with `table`, then the data set of the valid units.
 */
async function openTabular(name: string): Promise<OpenedInput> {
  const result = await importTabular([name]);
  const docs: (InputDocument | InputLineError)[] = [];
  const byUnit = new Map<string, ValidationIssue[]>();
  const firstOf = new Map<string, { sheet: string; row: number }>();
  const asIssue = (i: (typeof result.issues)[number]): ValidationIssue =>
    ({ path: i.header ? `${i.ref} ${i.header}` : i.ref, code: i.code, params: i.params, message: i.message, messageEn: i.messageEn }) as unknown as ValidationIssue;
  for (const i of result.issues) {
    if (i.unitId === undefined) {
      docs.push({ ok: false, line: Math.max(1, i.row), column: 1, code: "invalid_json", params: {}, message: i.message, messageEn: i.messageEn, table: { where: i.ref, issues: [asIssue(i)] } });
      continue;
    }
    if (!byUnit.has(i.unitId)) {
      byUnit.set(i.unitId, []);
      firstOf.set(i.unitId, { sheet: i.sheet, row: i.row });
    }
    byUnit.get(i.unitId)!.push(asIssue(i));
  }
  for (const [id, issues] of byUnit) {
    const at = firstOf.get(id)!;
    docs.push({ ok: false, line: Math.max(1, at.row), column: 1, code: "invalid_json", params: {}, message: issues[0]!.message, messageEn: issues[0]!.messageEn, table: { where: `${at.sheet}!${at.row}`, id, issues } });
  }
  docs.push({ ok: true, value: result.dataset });
  async function* batches(): AsyncGenerator<(InputDocument | InputLineError)[]> {
    yield docs;
  }
  return { name, format: "json", batches: batches(), documents: _flatten(batches()) };
}
