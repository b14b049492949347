/**
 * JSON serialisation for output lines that reuses the text of deeply frozen parts.
 *
 * A classification repeats the same frozen citations, readings and duty lists for every
 * unit (they come from the frozen policy), and they are most of each JSON line. Their text
 * is computed once and cached by identity, which is safe only because a deeply frozen
 * object cannot change. The result is byte-for-byte `JSON.stringify(value)`.
 */
import type { Citation, Classification } from "../index";

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
