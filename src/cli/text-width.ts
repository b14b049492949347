/**
 * Display width of text in a terminal: CJK ideographs, kana, Hangul and full-width
 * forms take two columns, combining marks and zero-width characters none. East Asian
 * "ambiguous" characters (such as `—`, `…`, `“`) count as one column, as most terminals
 * in a UTF-8 locale show them.
 *
 * A small table of the Unicode East Asian Width property (UAX #11) instead of a
 * dependency: the report only needs Chinese text, ASCII and a few symbols aligned.
 */

/** Ranges of wide (W) and full-width (F) code points, sorted, inclusive. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility, kanbun, CJK strokes, enclosed, compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff], // Tangut
  [0x1b000, 0x1b2ff], // kana supplement / extended
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f320],
  [0x1f32d, 0x1f335],
  [0x1f337, 0x1f37c],
  [0x1f37e, 0x1f393],
  [0x1f3a0, 0x1f3ca],
  [0x1f3cf, 0x1f3d3],
  [0x1f3e0, 0x1f3f0],
  [0x1f3f4, 0x1f3f4],
  [0x1f3f8, 0x1f43e],
  [0x1f440, 0x1f440],
  [0x1f442, 0x1f4fc],
  [0x1f4ff, 0x1f53d],
  [0x1f54b, 0x1f54e],
  [0x1f550, 0x1f567],
  [0x1f57a, 0x1f57a],
  [0x1f595, 0x1f596],
  [0x1f5a4, 0x1f5a4],
  [0x1f5fb, 0x1f64f],
  [0x1f680, 0x1f6c5],
  [0x1f6cc, 0x1f6cc],
  [0x1f6d0, 0x1f6d2],
  [0x1f6d5, 0x1f6d7],
  [0x1f6eb, 0x1f6ec],
  [0x1f6f4, 0x1f6fc],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f93a],
  [0x1f93c, 0x1f945],
  [0x1f947, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd], // CJK extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G–H
];

/** Ranges of code points that take no column: combining marks, zero-width and format characters. */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05bd],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0x20d0, 0x20ff],
  [0x302a, 0x302d], // ideographic tone marks (combining)
  [0x3099, 0x309a], // kana voiced sound marks (combining)
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f],
  [0xfeff, 0xfeff],
  [0xe0100, 0xe01ef],
];

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Columns one code point takes in a terminal: 0, 1 or 2.
 *
 * @param codePoint - A Unicode code point.
 * @returns 2 for wide and full-width characters, 0 for control, combining and
 *   zero-width characters, else 1.
 * @example
 * ```ts
 * codePointWidth("中".codePointAt(0)!); // 2
 * codePointWidth("A".codePointAt(0)!);  // 1
 * ```
 * @see Unicode Standard Annex #11, East Asian Width
 */
export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint < 0x300) return 1;
  if (inRanges(codePoint, ZERO)) return 0;
  if (inRanges(codePoint, WIDE)) return 2;
  return 1;
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
