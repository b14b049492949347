/**
 * JSON serialisation for output lines that reuses the text of deeply frozen parts.
 *
 * A classification repeats the same frozen citations, readings and duty lists for every
 * unit (they come from the frozen policy), and they are most of each JSON line. Their text
 * is computed once and cached by identity, which is safe only because a deeply frozen
 * object cannot change. The result is byte-for-byte `JSON.stringify(value)`.
 */
import type { Citation, Classification } from "../index";
import { escapeTerminalText } from "./terminal-text";

const cache = new WeakMap<object, string>();
/** `"key":` for each property name seen (bounded). */
const keyText = new Map<string, string>();
/** Whether everything serialised since the current object began is deeply frozen. */
let deep = true;

/**
 * `JSON.stringify(value)` (no replacer, no indent) for plain JSON data, with the text of
 * every deeply frozen object or array cached by identity.
 *
 * @param value - Plain data: objects, arrays, strings, numbers, booleans, null (objects
 *   with `toJSON` are passed to `JSON.stringify` as they are).
 * @returns The same text as `JSON.stringify(value)`.
 * @example
 * ```ts
 * const citation = Object.freeze({ document: "宁市监质监〔2023〕146号", clause: "二（七）" });
 * stringifyCached({ level: "key", citation }) === JSON.stringify({ level: "key", citation }); // true
 * ```
 */
export function stringifyCached(value: unknown): string {
  deep = true;
  return ser(value) ?? "null";
}

/** The text of a value, or undefined for a value JSON omits; clears `deep` when the value is not deeply frozen. */
function ser(value: unknown): string | undefined {
  if (value === null) return "null";
  const type = typeof value;
  if (type === "string") return JSON.stringify(value);
  if (type === "number") return Number.isFinite(value) ? String(value) : "null";
  if (type === "boolean") return value ? "true" : "false";
  if (type !== "object") return undefined; // undefined, functions, symbols (bigint throws in JSON.stringify too)
  const obj = value as object;
  const hit = cache.get(obj);
  if (hit !== undefined) return hit;
  if (typeof (obj as { toJSON?: unknown }).toJSON === "function") {
    deep = false;
    return JSON.stringify(obj);
  }
  const outer = deep;
  deep = Object.isFrozen(obj);
  let text: string;
  if (Array.isArray(obj)) {
    text = "[";
    for (let i = 0; i < obj.length; i++) text += (i === 0 ? "" : ",") + (ser(obj[i]) ?? "null");
    text += "]";
  } else {
    text = "{";
    let first = true;
    for (const key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const v = ser((obj as Record<string, unknown>)[key]);
      if (v === undefined) continue;
      let k = keyText.get(key);
      if (k === undefined) {
        k = `${JSON.stringify(key)}:`;
        if (keyText.size < 10_000) keyText.set(key, k);
      }
      text += (first ? "" : ",") + k + v;
      first = false;
    }
    text += "}";
  }
  if (deep) cache.set(obj, text);
  deep = outer && deep;
  return text;
}

/**
 * The JSON line printed for a classification: the library's {@link Classification}, without
 * `considered` unless asked for (it repeats every rule with its citation and roughly
 * triples the output).
 *
 * @param c - The classification.
 * @param explain - Keep `considered`.
 * @param compact - Citations by document and clause only ({@link compactReasons}).
 * @returns The object to serialise.
 * @example
 * ```ts
 * JSON.stringify(classificationForJson(classifyUnit(unit, { asOf }), false));
 * ```
 */
export function classificationForJson(c: Classification, explain: boolean, compact = false): object {
  if (explain) return compact ? { ...c, reasons: compactReasons(c.reasons), considered: compactReasons(c.considered) } : c;
  const { considered: _considered, ...rest } = c;
  return compact ? { ...rest, reasons: compactReasons(rest.reasons) } : rest;
}

/** A citation in `--compact` JSON: which document and clause (and `reading` when it is one), without the quote and note. */
export interface CompactCitation {
  /** 文件 — the document. */
  document: string;
  /** 条款 — the clause. */
  clause: string;
  /** `true` when the rule is a reading of the clause. */
  reading?: true;
}

/** Each policy citation's compact form, made once (citations are frozen policy data). */
const compactCache = new WeakMap<Citation, CompactCitation>();

/**
 * A citation without its quote and note (`--compact`): they are the policy's, the same on
 * every line, and stay available from the policy (`--policy` file, the library's
 * `nanjing2023`, docs/rules.md). Frozen, so {@link stringifyCached} serialises it once.
 *
 * @param c - A policy citation.
 * @returns `{ document, clause }`, with `reading: true` when it is a reading.
 * @example
 * ```ts
 * compactCitation(nanjing2023.supervision.special.citation); // { document: "宁市监质监〔2023〕146号", clause: "二（七）" }
 * ```
 */
export function compactCitation(c: Citation): CompactCitation {
  let out = compactCache.get(c);
  if (out === undefined) {
    const ref: CompactCitation = { document: c.document, clause: c.clause };
    if (c.reading === true) ref.reading = true;
    out = Object.freeze(ref);
    if (typeof c === "object" && c !== null) compactCache.set(c, out);
  }
  return out;
}

/**
 * Reasons for `--compact` JSON: each the same, its `citation` by document and clause only
 * ({@link compactCitation}) and without `readings` (the policy's readings of the rule, found
 * in the policy by the rule id); the other fields (rule, level, facts, window, counts,
 * messages) stay.
 *
 * @param reasons - Reasons of a classification or an obligation.
 * @returns New reason objects, in the same order.
 * @example
 * ```ts
 * compactReasons(classifyUnit(unit, { asOf }).reasons)[0].citation; // { document, clause }, no quote or note
 * ```
 */
export function compactReasons<R extends { citation?: Citation; readings?: readonly Citation[] }>(reasons: readonly R[]): R[] {
  return reasons.map((r) => {
    const out = { ...r } as Record<string, unknown>;
    if (r.citation !== undefined) out.citation = compactCitation(r.citation);
    delete out.readings;
    return out as R;
  });
}

/** The escaped UTF-8 bytes of each deeply frozen value written by a {@link JsonLineEncoder}, by identity: [not escaped, escaped for the terminal]. */
const bytesCache = [new WeakMap<object, Buffer>(), new WeakMap<object, Buffer>()] as const;
/** Frozen objects found not to be deeply frozen (their parts are written one by one). */
const notDeep = new WeakSet<object>();

/** The JSON text of a deeply frozen object, or `undefined` when something inside it is not frozen. */
function deeplyFrozenText(obj: object): string | undefined {
  deep = true;
  const text = ser(obj);
  return deep ? text : undefined;
}

/**
 * JSON lines as UTF-8 bytes, built straight into one buffer: each line is
 * `JSON.stringify(value)` and a line feed, byte for byte, escaped for the terminal like
 * {@link escapeTerminalText} does to the whole line when `escape` is set. The bytes of every
 * deeply frozen object (a policy's citations, readings, duty lists) are made once and
 * copied; only the rest of a line (ids, dates, facts, messages) is encoded, and only that
 * is checked for characters to escape. The same bytes as escaping the whole line: JSON text
 * has no raw control character (JSON escapes them), so no escape or CRLF sequence spans two
 * tokens, and each token is escaped on its own.
 */
export class JsonLineEncoder {
  private buf: Buffer;
  private pos = 0;
  private lineStart = 0;
  /** Text of the current line not yet encoded (between cached parts). */
  private run = "";
  /** Complete chunks moved aside when a long line needed a bigger buffer. */
  private full: Buffer[] = [];
  private fullBytes = 0;
  private readonly cached: WeakMap<object, Buffer>;
  /** The top-level key {@link line} leaves out. */
  private omit: string | undefined;

  /**
   * @param escape - Escape control, format and other unsafe characters like a terminal-safe sink (`\u001b`, `\u202e`).
   * @param chunkSize - The buffer's starting size in bytes (it grows for a longer line).
   */
  constructor(
    private readonly escape: boolean,
    private readonly chunkSize = 128 * 1024,
  ) {
    this.buf = Buffer.allocUnsafeSlow(chunkSize);
    this.cached = bytesCache[escape ? 1 : 0];
  }

  /** Bytes held (complete lines). */
  get size(): number {
    return this.fullBytes + this.pos;
  }

  /**
   * Appends one line: `JSON.stringify(value)` (`null` for a value JSON omits) and `\n`.
   *
   * @param value - Plain JSON data (objects with `toJSON` are passed to `JSON.stringify`).
   * @param omit - A key of `value` itself (a plain object, without `toJSON`) to leave out,
   *   as if it were not there: a classification without `considered`, with no copy made.
   * @throws {TypeError} What `JSON.stringify` throws (a BigInt, a cycle); the line is then left out.
   * @example
   * ```ts
   * const enc = new JsonLineEncoder(true);
   * enc.line({ unitId: "u1", level: "key" });
   * enc.take().toString(); // '{"unitId":"u1","level":"key"}\n'
   * ```
   */
  line(value: unknown, omit?: string): void {
    this.lineStart = this.pos;
    this.run = "";
    this.omit = omit;
    try {
      if (value === undefined || typeof value === "function" || typeof value === "symbol") this.run = "null";
      else this.value(value, 0);
      this.run += "\n";
      this.encodeRun();
    } catch (error) {
      this.pos = this.lineStart;
      this.run = "";
      throw error;
    }
  }

  /**
   * Takes the bytes of the lines appended so far (the encoder starts a new buffer).
   *
   * @returns The bytes.
   * @example
   * ```ts
   * sink.write(enc.take());
   * ```
   */
  take(): Buffer {
    let out = this.buf.subarray(0, this.pos);
    if (this.full.length > 0) {
      out = Buffer.concat([...this.full, out]);
      this.full = [];
      this.fullBytes = 0;
    }
    // The rest of the buffer is reused when it is large; the bytes handed out are never written again.
    const rest = this.buf.length - this.pos;
    this.buf = rest >= this.chunkSize / 2 ? this.buf.subarray(this.pos) : Buffer.allocUnsafeSlow(this.chunkSize);
    this.pos = 0;
    this.lineStart = 0;
    return out;
  }

  private value(v: unknown, depth: number): void {
    if (v === null) {
      this.run += "null";
      return;
    }
    switch (typeof v) {
      case "string":
        this.run += JSON.stringify(v);
        return;
      case "number":
        this.run += Number.isFinite(v) ? String(v) : "null";
        return;
      case "boolean":
        this.run += v ? "true" : "false";
        return;
      case "object":
        break;
      default:
        this.run += JSON.stringify(v); // a BigInt throws, as in JSON.stringify
        return;
    }
    const obj = v as object;
    if (depth === 0 && this.omit !== undefined && !Array.isArray(obj) && typeof (obj as { toJSON?: unknown }).toJSON !== "function") {
      this.members(obj as Record<string, unknown>, depth, this.omit); // not the object's whole text: not cached
      return;
    }
    const hit = this.cached.get(obj);
    if (hit !== undefined) {
      this.copy(hit);
      return;
    }
    if (typeof (obj as { toJSON?: unknown }).toJSON === "function") {
      this.run += JSON.stringify(obj);
      return;
    }
    if (Object.isFrozen(obj) && !notDeep.has(obj)) {
      const text = deeplyFrozenText(obj);
      if (text !== undefined) {
        // A short one (a date window, a list of facts) is as quick to encode as to copy, and often new each line.
        if (text.length < 64) {
          this.run += text;
          return;
        }
        const bytes = Buffer.from(this.escape ? escapeTerminalText(text) : text, "utf8");
        this.cached.set(obj, bytes);
        this.copy(bytes);
        return;
      }
      notDeep.add(obj);
    }
    if (depth > 1000) throw new TypeError("JSON line nested too deeply");
    if (Array.isArray(obj)) {
      this.run += "[";
      for (let i = 0; i < obj.length; i++) {
        if (i > 0) this.run += ",";
        const item: unknown = obj[i];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") this.run += "null";
        else this.value(item, depth + 1);
      }
      this.run += "]";
      return;
    }
    this.members(obj as Record<string, unknown>, depth, undefined);
  }

  /** An object's members, `{"key":value,…}`, without the key `omit`. */
  private members(obj: Record<string, unknown>, depth: number, omit: string | undefined): void {
    this.run += "{";
    let first = true;
    for (const key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key) || key === omit) continue;
      const item = obj[key];
      if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
      let k = keyText.get(key);
      if (k === undefined) {
        k = `${JSON.stringify(key)}:`;
        if (keyText.size < 10_000) keyText.set(key, k);
      }
      this.run += first ? k : `,${k}`;
      first = false;
      this.value(item, depth + 1);
    }
    this.run += "}";
  }

  /** Encodes the pending text into the buffer. */
  private encodeRun(): void {
    const run = this.run;
    if (run === "") return;
    this.run = "";
    const text = this.escape ? escapeTerminalText(run) : run;
    this.room(text.length * 3); // at most 3 bytes per UTF-16 code unit
    this.pos += this.buf.write(text, this.pos);
  }

  private copy(bytes: Buffer): void {
    this.encodeRun();
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** Makes room for `n` more bytes: a bigger buffer, the current line's start moved into it, the complete lines before it set aside. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const partial = this.buf.subarray(this.lineStart, this.pos);
    if (this.lineStart > 0) {
      this.full.push(this.buf.subarray(0, this.lineStart));
      this.fullBytes += this.lineStart;
    }
    const next = Buffer.allocUnsafeSlow(Math.max(this.chunkSize, 2 * (partial.length + n)));
    next.set(partial, 0);
    this.buf = next;
    this.pos = partial.length;
    this.lineStart = 0;
  }
}
