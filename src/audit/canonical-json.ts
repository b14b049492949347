import { _isPlainObject } from "../_lib/is-plain-object";
import { _appendPointer } from "../_lib/json-pointer";
import { describeValue } from "../_lib/describe-value";
import type { ProblemParams } from "../entities";
import { _errorMessages } from "../entities/messages";

/**
 * The name of the canonical form written by {@link canonicalJson}, as audit records state it
 * in `canonicalization`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */
export const CANONICALIZATION = "RFC 8785 (JCS)";

/**
 * Why a value has no canonical JSON form:
 * - `unsupported_type` — a function, symbol, BigInt, `undefined` as an array element or as
 *   the whole value, a sparse array hole, or an object that is not a plain object or array
 *   (a `Date`, `Map`, class instance…);
 * - `non_finite_number` — `NaN`, `Infinity` or `-Infinity`;
 * - `cycle` — an object that contains itself;
 * - `lone_surrogate` — a string (value or key) with an unpaired UTF-16 surrogate, which has
 *   no UTF-8 form (I-JSON, RFC 7493, forbids it).
 *
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */
export type CanonicalJsonErrorCode = "unsupported_type" | "non_finite_number" | "cycle" | "lone_surrogate";

/**
 * Thrown by {@link canonicalJson} for a value that is not JSON, with the JSON pointer of the
 * offending value inside the input.
 *
 * @example
 * ```ts
 * try { canonicalJson({ a: [1, Number.NaN] }); }
 * catch (e) { if (e instanceof CanonicalJsonError) e.path; } // "/a/1"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */
export class CanonicalJsonError extends Error {
  /** Always `"CanonicalJsonError"`. */
  override readonly name = "CanonicalJsonError";
  /** Why (see {@link CanonicalJsonErrorCode}). */
  readonly code: CanonicalJsonErrorCode;
  /** JSON pointer (RFC 6901) of the offending value; `""` for the whole input. */
  readonly path: string;
  /** The offending value. */
  readonly value: unknown;
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** What the messages are built from, as data: `path` and the value shown (`received`; `"function"` or `"symbol"` for those). */
  readonly params: ProblemParams;
  /**
   * @param code - Why.
   * @param path - Where (JSON pointer).
   * @param value - The offending value.
   */
  constructor(code: CanonicalJsonErrorCode, path: string, value: unknown) {
    const params: ProblemParams = { path, received: typeof value === "function" || typeof value === "symbol" ? typeof value : describeValue(value) };
    const { message, messageZh } = _errorMessages(code, params);
    super(message);
    this.messageZh = messageZh;
    this.params = params;
    this.code = code;
    this.path = path;
    this.value = value;
  }

}

/**
 * Writes a value as canonical JSON: the JSON Canonicalization Scheme of RFC 8785 (JCS), so
 * that the same data gives the same bytes — and the same digest — in any language.
 *
 * The rules, precisely enough to reproduce elsewhere:
 * 1. No insignificant whitespace: no spaces or line breaks between tokens.
 * 2. Objects: each own enumerable string-keyed property whose value is not `undefined`,
 *    sorted by key compared as sequences of UTF-16 code units (JavaScript's default string
 *    order; RFC 8785 §3.2.3), written `"key":value` and separated by commas. Properties
 *    whose value is `undefined` are left out (as `JSON.stringify` does); symbol keys are
 *    ignored.
 * 3. Arrays: elements in order, separated by commas.
 * 4. Strings (values and keys): as ECMAScript `JSON.stringify` writes them, which is what
 *    RFC 8785 §3.2.2.2 prescribes: `"` and `\` escaped as `\"` and `\\`; U+0008, U+0009,
 *    U+000A, U+000C, U+000D as `\b`, `\t`, `\n`, `\f`, `\r`; other code points below U+0020
 *    as `\u00xx` with lower-case hex; everything else, `/` and non-ASCII included, as is.
 *    A string with an unpaired surrogate is rejected.
 * 5. Numbers: as ECMAScript's Number-to-string conversion writes them (RFC 8785 §3.2.2.3
 *    uses exactly this): integers without a fraction or exponent up to 1e21
 *    (`9007199254740992`), `-0` as `0`, otherwise the shortest round-tripping form (`0.1`,
 *    `1.5e-7`, `1e+21`). `NaN` and the infinities are rejected.
 * 6. `true`, `false`, `null` as themselves.
 * 7. Anything else is rejected with a {@link CanonicalJsonError}: functions, symbols,
 *    BigInts, `undefined` as an array element or as the whole value, sparse-array holes,
 *    objects that are not plain (a `Date`, `Map`, `Set`, typed array, class instance: no
 *    `toJSON` is called), and cycles. The same object may appear several times (it is
 *    written each time); it may not contain itself.
 *
 * For any JSON text without unpaired surrogates this output equals RFC 8785's; its UTF-8
 * bytes are what audit digests hash.
 *
 * @param value - A JSON-compatible value: plain objects, arrays, strings, finite numbers,
 *   booleans, `null`.
 * @returns The canonical JSON text.
 * @throws {@link CanonicalJsonError} for a value that is not JSON, with its JSON pointer.
 * @example
 * ```ts
 * canonicalJson({ b: 2, a: [1, "x", null], c: undefined }); // '{"a":[1,"x",null],"b":2}'
 * canonicalJson({ "€": 1e21, "\r": 0.1 });                 // '{"\\r":0.1,"€":1e+21}'
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  _write(value, "", parts, new Set());
  return parts.join("");
}

// A string is well-formed unless it has a high surrogate not followed by a low one, or a
// low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function _string(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) throw new CanonicalJsonError("lone_surrogate", path, s);
  return JSON.stringify(s);
}

function _write(value: unknown, path: string, out: string[], ancestors: Set<object>): void {
  switch (typeof value) {
    case "string":
      out.push(_string(value, path));
      return;
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError("non_finite_number", path, value);
      out.push(JSON.stringify(value)); // ES Number::toString; -0 → "0"
      return;
    case "boolean":
      out.push(value ? "true" : "false");
      return;
    case "object":
      break;
    default:
      throw new CanonicalJsonError("unsupported_type", path, value);
  }
  if (value === null) {
    out.push("null");
    return;
  }
  if (ancestors.has(value)) throw new CanonicalJsonError("cycle", path, value);
  ancestors.add(value);
  if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(",");
      if (!(i in value) || value[i] === undefined) throw new CanonicalJsonError("unsupported_type", _appendPointer(path, i), undefined);
      _write(value[i], _appendPointer(path, i), out, ancestors);
    }
    out.push("]");
  } else {
    if (!_isPlainObject(value)) throw new CanonicalJsonError("unsupported_type", path, value);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort(); // UTF-16 code-unit order
    out.push("{");
    let first = true;
    for (const key of keys) {
      const v = record[key];
      if (v === undefined) continue;
      if (!first) out.push(",");
      first = false;
      const at = _appendPointer(path, key);
      out.push(_string(key, at), ":");
      _write(v, at, out, ancestors);
    }
    out.push("}");
  }
  ancestors.delete(value);
}
