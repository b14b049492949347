import { eastAsianWidth } from "get-east-asian-width";

/**
 * Display width of text in a terminal: CJK ideographs, kana, Hangul and full-width
 * forms take two columns, combining marks and zero-width characters none. East Asian
 * "ambiguous" characters (such as `—`, `…`, `“`) count as one column, as most terminals
 * in a UTF-8 locale show them.
 *
 * The East Asian Width property (UAX #11) comes from `get-east-asian-width`, which is
 * generated from Unicode's EastAsianWidth.txt; the zero-width rule is the general
 * category, read from the JavaScript engine's own Unicode tables.
 */

/**
 * Code points that take no column: nonspacing and enclosing marks (Mn, Me, e.g. U+0301,
 * the variation selectors), format characters (Cf: zero-width space, ZWJ, bidi
 * controls, BOM) and the line and paragraph separators (Zl, Zp). East Asian Width says
 * nothing about these (U+0301 is "A", U+3099 is "W"), so this rule comes first.
 */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Zl}\p{Zp}]$/u;

/**
 * Columns one code point takes in a terminal: 0, 1 or 2.
 *
 * @param codePoint - A Unicode code point.
 * @returns 2 for wide (W) and full-width (F) characters, 0 for control, combining and
 *   zero-width characters, else 1 (ambiguous, narrow, half-width, neutral, and values
 *   that are not code points).
 * @example
 * ```ts
 * codePointWidth("中".codePointAt(0)!); // 2
 * codePointWidth("A".codePointAt(0)!);  // 1
 * ```
 * @see Unicode Standard Annex #11, East Asian Width
 */
export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  if (!(Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff)) return 1;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint < 0x300) return 1; // Latin-1 and Latin Extended: one column (U+00AD soft hyphen included)
  if (ZERO_WIDTH.test(String.fromCodePoint(codePoint))) return 0;
  return eastAsianWidth(codePoint); // ambiguous as narrow: 1
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Removes ANSI colour escapes (`ESC [ … m`) from text.
 *
 * @param text - Text that may contain colour codes.
 * @returns The text without them.
 * @example
 * ```ts
 * stripAnsi("\u001b[1m重点\u001b[22m"); // "重点"
 * ```
 */
export function stripAnsi(text: string): string {
  return text.includes("\u001b") ? text.replace(ANSI, "") : text;
}

/**
 * Columns `text` takes in a terminal (colour codes ignored).
 *
 * @param text - One line of text.
 * @returns The display width.
 * @example
 * ```ts
 * displayWidth("重点监管 key"); // 12
 * ```
 * @see Unicode Standard Annex #11, East Asian Width
 */
export function displayWidth(text: string): number {
  const plain = stripAnsi(text);
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      width += 1; // ASCII fast path
      continue;
    }
    const cp = plain.codePointAt(i)!;
    if (cp > 0xffff) i++;
    width += codePointWidth(cp);
  }
  return width;
}

/**
 * Cuts `text` to at most `width` columns, ending with `…` when cut. A wide character
 * that would straddle the limit is dropped whole, never split.
 *
 * @param text - Plain text (no colour codes).
 * @param width - The most columns allowed (at least 1).
 * @returns The text, cut if needed.
 * @example
 * ```ts
 * truncateToWidth("南京市燃气具有限公司", 9); // "南京市燃…"
 * ```
 */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const limit = Math.max(0, width - 1); // room for "…"
  let used = 0;
  let out = "";
  for (const ch of text) {
    const w = codePointWidth(ch.codePointAt(0)!);
    if (used + w > limit) break;
    used += w;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Pads `text` with spaces to `width` columns (no-op when it is already as wide).
 *
 * @param text - Text, possibly with colour codes (they take no columns).
 * @param width - The target width in columns.
 * @param align - `"left"` (pad on the right, the default) or `"right"`.
 * @returns The padded text.
 * @example
 * ```ts
 * padToWidth("重点", 6) + "|"; // "重点  |"
 * ```
 */
export function padToWidth(text: string, width: number, align: "left" | "right" = "left"): string {
  const gap = width - displayWidth(text);
  if (gap <= 0) return text;
  return align === "left" ? text + " ".repeat(gap) : " ".repeat(gap) + text;
}
