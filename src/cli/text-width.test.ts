import { describe, expect, it } from "vitest";
import { displayWidth, padToWidth, stripAnsi, truncateToWidth } from "./text-width";

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
