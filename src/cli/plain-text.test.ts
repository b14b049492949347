import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _isPlainText, escapeTerminalText } from "./terminal-text";

// What escapeTerminalText escapes (terminal-text.ts): Cc, Cf, Cs, Co, Cn, Zl, Zp.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

describe("_isPlainText: the code-unit shortcut of escapeTerminalText (issue 19)", () => {
  it("says plain only of code units the escaping regular expression leaves alone (every BMP code unit checked)", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (_isPlainText(s, false) && UNSAFE.test(s)) throw new Error(`U+${c.toString(16)} is called plain but is escaped`);
      if (_isPlainText(s, true) && UNSAFE.test(s) && s !== "\n") throw new Error(`U+${c.toString(16)} is called plain with line breaks kept`);
    }
  });

  it("keeps line feeds only when they are kept; a tab, a carriage return, ESC or a bidi override is never plain", () => {
    expect(_isPlainText("a b\n", true)).toBe(true);
    expect(_isPlainText("a b\n", false)).toBe(false);
    for (const s of ["a\tb", "a\rb", "\u001b[2J", "\u202eevil", "\u2028", "\ufeff", "\ud800", "\ue000"]) expect(_isPlainText(s, true)).toBe(false);
    // The plan's own text: CJK, full-width and CJK punctuation, arrows and minus signs of the notes.
    expect(_isPlainText("宁市监质监〔2023〕146号 二（七）：“近2年内” → 2026-02-28 − 2 years；①■℃·", true)).toBe(true);
  });

  it("escapeTerminalText gives the same text with and without the shortcut on random text", () => {
    const slow = (text: string, keepLines: boolean) =>
      text.replace(/\u001b\[(?:1|2|22|31|32|33|36|39)m|\r\n|[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, (m) => {
        if (m.length > 2) return escapeUnitsOf(m.charAt(0)) + m.slice(1);
        if (keepLines && (m === "\n" || m === "\r\n")) return m;
        return escapeUnitsOf(m);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string()), fc.boolean(), (text, keepLines) => {
        expect(escapeTerminalText(text, { keepLineBreaks: keepLines })).toBe(slow(text, keepLines));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The escape of terminal-text.ts, written out again: `\uXXXX` per code unit, `\n` `\t` `\r` by name. */
function escapeUnitsOf(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 0x0a ? "\\n" : c === 0x09 ? "\\t" : c === 0x0d ? "\\r" : `\\u${c.toString(16).padStart(4, "0")}`;
  }
  return out;
}
