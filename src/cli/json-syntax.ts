/**
 * Where a JSON text goes wrong, as a line and column.
 *
 * Node 20's `JSON.parse` gives a position for some errors ("… in JSON at position 6")
 * but not for others ("Unexpected token '}', … is not valid JSON"), so the CLI finds
 * the position itself with a small scanner that checks the RFC 8259 grammar without
 * building any value. It is iterative (an explicit stack), so deep nesting cannot
 * overflow the call stack.
 */
import type { JsonSyntaxCode, Problem, ProblemParams } from "../entities";
import { _problem } from "../entities/messages";

/**
 * A JSON syntax error: where and what. It has the library's one problem shape
 * (`code`, `params`, `message` in Chinese, `messageEn`; the text from the message tables)
 * beside its location; `reason` / `reasonZh` are the same texts under their earlier names.
 */
export interface JsonSyntaxProblem extends Problem<Exclude<JsonSyntaxCode, "invalid_json" | "json_line_too_long">> {
  /** Offset (UTF-16 code units) of the first character that cannot be part of valid JSON. */
  offset: number;
  /** 1-based line number. */
  line: number;
  /** 1-based column, in characters (code points) from the start of the line. */
  column: number;
  /** What went wrong, in English (the same text as `messageEn`). */
  reason: string;
  /** What went wrong, in Chinese (the same text as `message`). */
  reasonZh: string;
  /** `"trailing"` when a complete value is followed by more content (several top-level values), else `"syntax"`. */
  kind: "syntax" | "trailing";
}

type Expect = "value" | "key-or-end" | "key" | "colon" | "comma-or-end" | "done";
type SyntaxCode = JsonSyntaxProblem["code"];

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Finds the first syntax error in a JSON text (RFC 8259, one top-level value).
 *
 * @param text - The JSON text (a leading byte-order mark should be removed first).
 * @returns The problem with its offset, line and column, or `undefined` when the text is
 *   valid JSON.
 * @example
 * ```ts
 * findJsonSyntaxError('{\n  "a": 1,\n}');
 * // { offset: 12, line: 3, column: 1, code: "json_expected_property_name", params: { received: "}" },
 * //   messageEn: "expected a property name in double quotes, found '}'", kind: "syntax", … }
 * ```
 * @see RFC 8259 — The JavaScript Object Notation (JSON) Data Interchange Format
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const stack: ("object" | "array")[] = [];
  let expect: Expect = "value";
  let i = 0;
  const n = text.length;
  const fail = (offset: number, code: SyntaxCode, params: ProblemParams = {}, kind: "syntax" | "trailing" = "syntax"): JsonSyntaxProblem => {
    const p = _problem(code, params);
    return { offset, ...lineColumnAt(text, offset), ...p, reason: p.messageEn, reasonZh: p.message, kind };
  };
  const unexpected = (offset: number): JsonSyntaxProblem =>
    offset >= n ? fail(n, "json_unexpected_end") : fail(offset, "json_unexpected_character", { received: charAt(text, offset) });
  const afterValue = (): Expect => (stack.length === 0 ? "done" : "comma-or-end");

  while (true) {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
    if (i >= n) return expect === "done" ? undefined : unexpected(n);
    const c = text[i]!;
    switch (expect) {
      case "done":
        return fail(i, "json_trailing_content", { received: charAt(text, i) }, "trailing");
      case "colon":
        if (c !== ":") return fail(i, "json_expected_colon", { received: charAt(text, i) });
        i++;
        expect = "value";
        continue;
      case "comma-or-end": {
        const top = stack[stack.length - 1]!;
        if (c === ",") {
          i++;
          expect = top === "object" ? "key" : "value";
          continue;
        }
        if ((top === "object" && c === "}") || (top === "array" && c === "]")) {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        const close = top === "object" ? "}" : "]";
        return fail(i, "json_expected_comma", { expected: close, received: charAt(text, i) });
      }
      case "key-or-end":
      case "key": {
        if (expect === "key-or-end" && c === "}") {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (c !== '"') return fail(i, "json_expected_property_name", { received: charAt(text, i) });
        const end = scanString(text, i);
        if (typeof end !== "number") return fail(end.offset, end.code, end.params);
        i = end;
        expect = "colon";
        continue;
      }
      case "value": {
        if (c === "{") {
          stack.push("object");
          i++;
          expect = "key-or-end";
          continue;
        }
        if (c === "[") {
          i++;
          while (i < n && WS.has(text.charCodeAt(i))) i++;
          if (text[i] === "]") {
            i++;
            expect = afterValue();
          } else {
            stack.push("array");
            expect = "value";
          }
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== "number") return fail(end.offset, end.code, end.params);
          i = end;
          expect = afterValue();
          continue;
        }
        if (c === "-" || (c >= "0" && c <= "9")) {
          const end = scanNumber(text, i);
          if (typeof end !== "number") return end.offset >= n ? unexpected(n) : fail(end.offset, end.code, end.params);
          i = end;
          expect = afterValue();
          continue;
        }
        const word = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : undefined;
        if (word !== undefined) {
          for (let k = 0; k < word.length; k++) {
            if (i + k >= n) return unexpected(n);
            if (text[i + k] !== word[k]) return fail(i + k, "json_invalid_literal", { expected: word });
          }
          i += word.length;
          expect = afterValue();
          continue;
        }
        return unexpected(i);
      }
    }
  }
}

interface ScanFailure {
  offset: number;
  code: SyntaxCode;
  params?: ProblemParams;
}

/** Scans a string starting at the opening quote; returns the offset after the closing quote. */
function scanString(text: string, start: number): number | ScanFailure {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, code: "json_control_character" };
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) break;
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, code: "json_invalid_unicode_escape" };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e)) return { offset: i, code: "json_invalid_escape", params: { received: `\\${charAt(text, i + 1)}` } };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: n, code: "json_unterminated_string" };
}

/** Scans a number; returns the offset after it. */
function scanNumber(text: string, start: number): number | ScanFailure {
  const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  m.lastIndex = start;
  const found = m.exec(text);
  const end = found && found[0] !== "-" ? start + found[0].length : start;
  const bad: ScanFailure = { offset: end, code: "json_invalid_number" };
  if (!found || found[0] === "-" || found[0].length === 0) return { ...bad, offset: start + 1 };
  // A number must end where a delimiter begins ("01", "1.", "1e" are not numbers).
  const next = text[end];
  if (next !== undefined && /[0-9.eE+\-]/.test(next)) return { ...bad, offset: end };
  return end;
}

/** The whole character (code point) at `offset`, as `params.received` holds it. */
function charAt(text: string, offset: number): string {
  return String.fromCodePoint(text.codePointAt(offset)!);
}

/**
 * The 1-based line and column of an offset in a text. Lines end at `\n` (a `\r` before
 * it belongs to the line end); columns count characters (code points), as editors do.
 *
 * @param text - The text.
 * @param offset - A UTF-16 offset in it (clamped to the text's length).
 * @returns `{ line, column }`, both 1-based.
 * @example
 * ```ts
 * lineColumnAt("{\n  \"a\": }", 9); // { line: 2, column: 8 }
 * ```
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) i++; // a surrogate pair is one character
    column++;
  }
  return { line, column };
}

/**
 * The line containing `offset`, for showing an error in context, cut to at most
 * `maxChars` characters around the offset.
 *
 * @param text - The text.
 * @param offset - A UTF-16 offset in it.
 * @param maxChars - The most characters to show (default 80).
 * @returns The excerpt and the column of the offset within it (1-based, in characters).
 * @example
 * ```ts
 * lineExcerpt('{\n  "a": }', 9); // { excerpt: '  "a": }', column: 8 }
 * ```
 */
export function lineExcerpt(text: string, offset: number, maxChars = 80): { excerpt: string; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end === -1) end = text.length;
  const chars = Array.from(text.slice(start, end).replace(/\r$/, ""));
  let column = Array.from(text.slice(start, at)).length + 1;
  let from = 0;
  if (chars.length > maxChars) {
    from = Math.max(0, Math.min(column - 1 - Math.floor(maxChars / 2), chars.length - maxChars));
    column -= from;
  }
  const shown = chars.slice(from, from + maxChars).join("").replace(/\t/g, " ");
  return { excerpt: shown, column };
}
