/**
 * Terminal safety: the one escaping function for every text the CLI writes to a terminal,
 * a pipe or an output file, and the sink wrapper that applies it to standard output and
 * standard error.
 *
 * Data read from a file — a unit's name, an id, a file name, a message quoting a value —
 * may hold control characters: `ESC ] 52 ; c ; … BEL` writes the clipboard, `ESC [ 2 J`
 * clears the screen, U+202E reverses what follows, `\r` overwrites a line. Each such code
 * point is written as a visible escape (`\u001b`, `\u202e`) instead. The escape is also a
 * JSON string escape of the same character, so JSON output stays exact JSON: it parses to
 * the same value.
 */
import type { TextSink } from "./io";

/**
 * The SGR colour codes the CLI's own styles write (bold, dim, normal intensity, red, green,
 * yellow, cyan, default colour — see `style.ts`): the only escape sequences that pass, and
 * only on a sink whose colour is on. None of them moves the cursor, hides text, or talks to
 * the terminal.
 */
// eslint-disable-next-line no-control-regex
const STYLE_CODE = "\\u001b\\[(?:1|2|22|31|32|33|36|39)m";

/**
 * What is escaped: control characters (Cc: C0, DEL, C1), format characters (Cf: the bidi
 * embeddings, overrides and isolates, zero-width spaces and joiners, soft hyphen, BOM, tag
 * characters), lone surrogates (Cs), private-use (Co) and unassigned code points (Cn), and
 * the line and paragraph separators (Zl, Zp).
 */
const UNSAFE_CLASS = "[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]";
const UNSAFE = new RegExp(UNSAFE_CLASS, "u");
const UNSAFE_OR_STYLE = new RegExp(`${STYLE_CODE}|\\r\\n|${UNSAFE_CLASS}`, "gu");

/** Options of {@link escapeTerminalText}. */
export interface EscapeTerminalTextOptions {
  /** Let the CLI's own colour codes through (a sink whose colour is on); default `false`: every ESC is escaped. */
  keepStyle?: boolean;
  /** Keep line feeds and CRLF line ends as they are (default `true`); `false` escapes them as `\n` and `\r\n` (one table cell, one line). Tabs are always escaped: the CLI writes none of its own. */
  keepLineBreaks?: boolean;
}

/** `\uXXXX` for each UTF-16 code unit: a visible escape that is also a JSON escape. */
function escapeUnits(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 0x0a ? "\\n" : c === 0x09 ? "\\t" : c === 0x0d ? "\\r" : `\\u${c.toString(16).padStart(4, "0")}`;
  }
  return out;
}

/**
 * Code-unit ranges that hold no Cc, Cf, Cs, Co, Cn, Zl or Zp code point (every one assigned
 * since Unicode 14, none a format or control character): the CJK ideographs, CJK symbols
 * and punctuation, full-width forms, Latin-1 and Latin Extended to Greek but the soft
 * hyphen, general punctuation without its format characters and separators, letterlike
 * symbols (℃), arrows and mathematical operators (→ −), enclosed alphanumerics, box
 * drawing, blocks and geometric shapes (① ─ ■). Most frequent first.
 */
const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x4e00, 0x9fff],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
  [0x00a0, 0x00ac],
  [0x00ae, 0x0377],
  [0x2010, 0x2027],
  [0x2030, 0x205f],
  [0x2100, 0x214f],
  [0x2190, 0x22ff],
  [0x2460, 0x25ff],
];

/**
 * Whether every code unit of `text` is one that {@link escapeTerminalText} leaves as it is:
 * printable ASCII, a code unit of {@link PLAIN_RANGES}, and line feeds when they are kept
 * (a tab is always escaped). A plain character class instead of a Unicode-property regular
 * expression, and no replace over a long text whose only "unsafe" characters are its line
 * feeds (JSON lines); any other code unit leaves the text to the Unicode-property
 * expression. plain-text.test.ts checks every BMP code unit against that expression.
 * @internal
 */
export function _isPlainText(text: string, keepLineBreaks: boolean): boolean {
  return !(keepLineBreaks ? NOT_PLAIN_KEEPING_LINES : NOT_PLAIN).test(text);
}

/** One code unit outside printable ASCII and {@link PLAIN_RANGES} (and, when lines are kept, not a line feed): a plain character class, no Unicode properties. */
const plainClass = (lineFeed: boolean): RegExp => {
  const u = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  return new RegExp(`[^${lineFeed ? "\\n" : ""}\\x20-\\x7e${PLAIN_RANGES.map(([lo, hi]) => `${u(lo)}-${u(hi)}`).join("")}]`);
};
const NOT_PLAIN = plainClass(false);
const NOT_PLAIN_KEEPING_LINES = plainClass(true);

/**
 * Makes text safe to write to a terminal: every control character, bidi override and other
 * non-printing code point becomes a visible escape — `\u001b` for ESC, `\u202e` for the
 * right-to-left override, `\ud800` for a lone surrogate, `\udb40\udc01` for a tag
 * character, `\t` for a tab; line feeds and CRLF line ends stay (unless `keepLineBreaks` is
 * `false`: then `\n`, `\r\n`); a carriage return alone is always `\r`. Text already safe is returned as it is (one regular
 * expression test, no copy).
 *
 * In JSON text these characters can only occur inside strings, and each escape is that
 * character's own JSON escape: escaped JSON parses to exactly the same value.
 *
 * @param text - Any text.
 * @param options - See {@link EscapeTerminalTextOptions}.
 * @returns The text with every unsafe code point escaped.
 * @example
 * ```ts
 * escapeTerminalText("ACME\u001b]52;c;aGk=\u0007"); // "ACME\\u001b]52;c;aGk=\\u0007"
 * escapeTerminalText("\u202eevil");                  // "\\u202eevil"
 * escapeTerminalText("a\nb", { keepLineBreaks: false }); // "a\\nb"
 * ```
 */
export function escapeTerminalText(text: string, options: EscapeTerminalTextOptions = {}): string {
  const keepLines = options.keepLineBreaks !== false;
  if (_isPlainText(text, keepLines) || !UNSAFE.test(text)) return text;
  const keepStyle = options.keepStyle === true;
  return text.replace(UNSAFE_OR_STYLE, (m) => {
    if (m.length > 2) return keepStyle ? m : escapeUnits(m.charAt(0)) + m.slice(1); // a style code
    if (keepLines && (m === "\n" || m === "\r\n")) return m;
    return escapeUnits(m);
  });
}

/**
 * One line of data for a table cell or a message line: like {@link escapeTerminalText} with
 * line feeds and tabs escaped too, and the CLI's colour codes kept (they are added by the
 * CLI after the data, and the sink decides whether they pass).
 *
 * @param text - A value shown inside one line (a name, an id, a message quoting a value).
 * @returns The text on one line, every unsafe code point escaped.
 * @example
 * ```ts
 * oneLine("第一行\n✓ 全部有效"); // "第一行\\n✓ 全部有效"
 * ```
 */
export function oneLine(text: string): string {
  return escapeTerminalText(text, { keepStyle: true, keepLineBreaks: false });
}

/**
 * Text for an output file (`-o`) or any output written in one piece: escaped like a
 * terminal's, with a byte-order mark at the very start kept (the CSV's, for Excel).
 *
 * @param text - The whole output.
 * @returns The escaped output.
 * @example
 * ```ts
 * escapeOutputText("\ufeff序号,重点工作\r\n"); // unchanged: the BOM at the start and CRLF line ends stay
 * ```
 */
export function escapeOutputText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? `\ufeff${escapeTerminalText(text.slice(1))}` : escapeTerminalText(text);
}

const RAW = Symbol("qsd.rawSink");

/** Options of {@link terminalSafeSink}. */
export interface TerminalSafeSinkOptions {
  /** Let the CLI's own colour codes through: `styleFor(sink, env).enabled` of the sink wrapped. */
  keepStyle: boolean;
}

/**
 * Wraps a sink so that everything written to it is escaped with
 * {@link escapeTerminalText} — the one place the CLI's standard output and standard error
 * are made safe, whatever command writes. A byte-order mark at the very start of the
 * output and CRLF line ends are kept (a CSV checklist written to standard output). Events
 * (`drain`, `error`), `isTTY` and `columns` are those of the wrapped sink.
 *
 * @param sink - Standard output or standard error.
 * @param options - See {@link TerminalSafeSinkOptions}.
 * @returns The safe sink ({@link rawSink} gives back the wrapped one).
 * @example
 * ```ts
 * const stdout = terminalSafeSink(process.stdout, { keepStyle: styleFor(process.stdout, process.env).enabled });
 * stdout.write("name: \u001b[2J\n"); // writes "name: \\u001b[2J"
 * ```
 */
export function terminalSafeSink(sink: TextSink, options: TerminalSafeSinkOptions): TextSink {
  if ((sink as { [RAW]?: TextSink })[RAW] !== undefined) return sink;
  const decoder = new TextDecoder("utf-8");
  let atStart = true;
  type Emitter = { on?(e: string, l: (...a: unknown[]) => void): unknown; once?(e: string, l: (...a: unknown[]) => void): unknown; removeListener?(e: string, l: (...a: unknown[]) => void): unknown };
  const events = sink as TextSink & Emitter;
  const safe: TextSink & Emitter & { [RAW]: TextSink } = {
    [RAW]: sink,
    write(chunk: string | Uint8Array): boolean {
      let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
      let bom = "";
      if (atStart && text.length > 0) {
        atStart = false;
        if (text.charCodeAt(0) === 0xfeff) {
          bom = "\ufeff";
          text = text.slice(1);
        }
      }
      return sink.write(bom + escapeTerminalText(text, { keepStyle: options.keepStyle }));
    },
    get isTTY() {
      return sink.isTTY;
    },
    get columns() {
      return sink.columns;
    },
  };
  if (typeof events.once === "function") {
    safe.once = (e: string, l: (...a: unknown[]) => void) => (events.once!(e, l), safe);
  }
  if (typeof events.on === "function") safe.on = (e: string, l: (...a: unknown[]) => void) => (events.on!(e, l), safe);
  if (typeof events.removeListener === "function") safe.removeListener = (e: string, l: (...a: unknown[]) => void) => (events.removeListener!(e, l), safe);
  return safe;
}

/**
 * The sink a {@link terminalSafeSink} wraps (or the sink itself): for the CLI's own
 * progress line, which redraws in place with `\r` and `ESC [ K` and writes no data.
 *
 * @param sink - A sink, wrapped or not.
 * @returns The underlying sink.
 * @example
 * ```ts
 * rawSink(io.stderr).write("\r\u001b[K");
 * ```
 */
export function rawSink(sink: TextSink): TextSink {
  return (sink as { [RAW]?: TextSink })[RAW] ?? sink;
}
