import { describe, expect, it } from "vitest";
import { codePointWidth, displayWidth, padToWidth, stripAnsi, truncateToWidth } from "./text-width";

describe("displayWidth", () => {
  it("counts CJK ideographs, full-width punctuation and kana as two columns", () => {
    expect(displayWidth("重点监管")).toBe(8);
    expect(displayWidth("宁市监质监〔2023〕146号")).toBe(5 * 2 + 2 * 2 + 4 + 3 + 2); // 〔〕 are full-width
    expect(displayWidth("（七）")).toBe(6);
    expect(displayWidth("カタ")).toBe(4);
  });
  it("counts ASCII as one column and ambiguous symbols as one", () => {
    expect(displayWidth("key 2026-11-20")).toBe(14);
    expect(displayWidth("—…·")).toBe(3);
  });
  it("counts combining marks and zero-width characters as none, emoji as two", () => {
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("a\u200bb")).toBe(2);
    expect(displayWidth("😀")).toBe(2);
    expect(displayWidth("𠀀")).toBe(2); // CJK extension B (astral)
  });
  it("ignores colour codes", () => {
    expect(displayWidth("\u001b[1m重点\u001b[22m")).toBe(4);
    expect(stripAnsi("\u001b[31mx\u001b[39m")).toBe("x");
  });
});

describe("codePointWidth — Unicode's EastAsianWidth.txt (UAX #11) and general categories", () => {
  // Each expectation is the property in EastAsianWidth.txt (F full-width, W wide, H half-width,
  // A ambiguous, N neutral) or UnicodeData.txt (Mn nonspacing mark, Cf format), mapped by the
  // rule: F, W → 2; H, Na, N, A → 1; Mn, Me, Cf, Zl, Zp and controls → 0.
  it.each<[hex: string, columns: number, name: string]>([
    ["3000", 2, "IDEOGRAPHIC SPACE, F"],
    ["FF21", 2, "FULLWIDTH LATIN CAPITAL LETTER A, F"],
    ["FFE5", 2, "FULLWIDTH YEN SIGN, F"],
    ["4E2D", 2, "CJK UNIFIED IDEOGRAPH-4E2D 中, W"],
    ["1100", 2, "HANGUL CHOSEONG KIYEOK, W"],
    ["1F600", 2, "GRINNING FACE, W"],
    ["30000", 2, "CJK UNIFIED IDEOGRAPH-30000 (extension G), W"],
    ["00B7", 1, "MIDDLE DOT, A"],
    ["2026", 1, "HORIZONTAL ELLIPSIS, A"],
    ["2014", 1, "EM DASH, A"],
    ["FF61", 1, "HALFWIDTH IDEOGRAPHIC FULL STOP, H"],
    ["20A9", 1, "WON SIGN, H"],
    ["303F", 1, "IDEOGRAPHIC HALF FILL SPACE, N"],
    ["0301", 0, "COMBINING ACUTE ACCENT, A but Mn"],
    ["3099", 0, "COMBINING KATAKANA-HIRAGANA VOICED SOUND MARK, W but Mn"],
    ["0902", 0, "DEVANAGARI SIGN ANUSVARA, Mn"],
    ["200D", 0, "ZERO WIDTH JOINER, Cf"],
    ["FE0F", 0, "VARIATION SELECTOR-16, Mn"],
    ["FEFF", 0, "ZERO WIDTH NO-BREAK SPACE, Cf"],
    ["0007", 0, "BEL, control"],
  ])("U+%s → %i columns: %s", (hex, width) => {
    expect(codePointWidth(Number.parseInt(hex, 16))).toBe(width);
  });
  it("a ZWJ emoji sequence is the sum of its parts (the joiner takes no column)", () => {
    expect(displayWidth("👨\u200d👩")).toBe(4);
  });
  it("values that are not code points take one column instead of throwing", () => {
    expect(codePointWidth(0x110000)).toBe(1);
    expect(codePointWidth(12.5)).toBe(1);
  });
});

describe("truncateToWidth / padToWidth", () => {
  it("never splits a wide character and ends with an ellipsis", () => {
    expect(truncateToWidth("南京市燃气具有限公司", 9)).toBe("南京市燃…");
    expect(truncateToWidth("南京市燃气具有限公司", 10)).toBe("南京市燃…");
    expect(displayWidth(truncateToWidth("南京市燃气具有限公司", 10))).toBeLessThanOrEqual(10);
    expect(truncateToWidth("short", 10)).toBe("short");
  });
  it("pads by display width", () => {
    expect(padToWidth("重点", 6)).toBe("重点  ");
    expect(padToWidth("7", 3, "right")).toBe("  7");
    expect(padToWidth("toolong", 3)).toBe("toolong");
  });
});
