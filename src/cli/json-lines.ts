/**
 * JSON serialisation for output lines that reuses the text of deeply frozen parts.
 *
 * A classification repeats the same frozen citations, readings and duty lists for every
 * unit (they come from the frozen policy), and they are most of each JSON line. Their text
 * is computed once and cached by identity, which is safe only because a deeply frozen
 * object cannot change. The result is byte-for-byte `JSON.stringify(value)`.
 */
import type { Classification } from "../index";

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
 * @returns The object to serialise.
 * @example
 * ```ts
 * JSON.stringify(classificationForJson(classifyUnit(unit, { asOf }), false));
 * ```
 */
export function classificationForJson(c: Classification, explain: boolean): object {
  if (explain) return c;
  const { considered: _considered, ...rest } = c;
  return rest;
}
