import { describe, expect, it } from "vitest";
import { isValidUscc, parseUscc } from "./index";

// Expectations are worked by hand from GB 32100-2015 (FACTS.md §5):
// alphabet 0123456789ABCDEFGHJKLMNPQRTUWXY (value = index: A=10 … H=17, J=18 … N=22,
// P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30), weights 1, 3, 9, 27, 19, 26, 16, 17,
// 20, 29, 25, 13, 8, 24, 10, 30, 28, check value = (31 − Σ mod 31) mod 31.

describe("parseUscc — the standard's example", () => {
  // 91350100M000100Y4:
  //   9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17
  // + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10 + Y(30)·30 + 4·28
  // = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
  it("accepts 91350100M000100Y43 and splits it into its parts", () => {
    const r = parseUscc("91350100M000100Y43");
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({ code: "91350100M000100Y43", authority: "9", type: "1", region: "350100", orgCode: "M000100Y4", check: "3" });
    expect(isValidUscc("91350100M000100Y43")).toBe(true);
  });

  it("rejects every other check character for that body", () => {
    for (const c of "0123456789ABCDEFGHJKLMNPQRTUWXY".replace("3", "")) {
      const r = parseUscc(`91350100M000100Y4${c}`);
      expect(r.ok).toBe(false);
      expect(r.issues[0]).toMatchObject({ code: "uscc_checksum", severity: "error" });
    }
  });
});

describe("parseUscc — registration authorities other than 1, 5, 9", () => {
  // Changing position 1 (weight 1) of the example body from 9 changes the sum by (v − 9):
  //   A (10): 1641, mod 31 = 29, check 31 − 29 = 2          → A1350100M000100Y42
  //   N (22): 1653, mod 31 = 10, check 31 − 10 = 21 = "M"   → N1350100M000100Y4M
  //   Y (30): 1661, mod 31 = 18, check 31 − 18 = 13 = "D"   → Y1350100M000100Y4D
  it.each([
    ["A1350100M000100Y42", "A"],
    ["N1350100M000100Y4M", "N"],
    ["Y1350100M000100Y4D", "Y"],
  ])("accepts %s (authority %s)", (code, authority) => {
    const r = parseUscc(code);
    expect(r.ok).toBe(true);
    expect(r.value?.authority).toBe(authority);
  });
});

describe("parseUscc — check value 31 is written 0", () => {
  // 9132010200000000L: 9·1 + 1·3 + 3·9 + 2·27 + 0·19 + 1·26 + 0·16 + 2·17 + L(20)·28
  // = 9 + 3 + 27 + 54 + 26 + 34 + 560 = 713 = 23·31, remainder 0, so the check value is
  // 31 − 0 = 31 ≡ 0: the code ends in "0" (a validator that maps 31 wrongly gets this wrong).
  it("accepts 9132010200000000L0", () => {
    expect(parseUscc("9132010200000000L0").ok).toBe(true);
  });
  it("rejects the same body with a check of Y (index 30) or any other", () => {
    expect(parseUscc("9132010200000000LY").ok).toBe(false);
    expect(parseUscc("9132010200000000L1").ok).toBe(false);
  });
});

describe("parseUscc — characters", () => {
  it("rejects lower case rather than repairing it", () => {
    const r = parseUscc("91350100m000100y43");
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "uscc_character", severity: "error" });
    expect(r.issues[0]!.message).toContain("第9位");
    expect(r.issues[0]!.messageEn).toContain("Character 9");
  });

  it.each(["I", "O", "S", "V", "Z"])("rejects the letter %s, which the alphabet leaves out", (letter) => {
    const r = parseUscc(`91350100${letter}000100Y43`);
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.code).toBe("uscc_character");
  });

  it("rejects surrounding spaces and a wrong length", () => {
    expect(parseUscc(" 91350100M000100Y43").issues[0]!.code).toBe("uscc_length");
    expect(parseUscc("91350100M000100Y4").issues[0]!.code).toBe("uscc_length");
    expect(parseUscc("").issues[0]!.code).toBe("uscc_length");
  });
});

describe("parseUscc — lenient mode", () => {
  it("accepts a checksum failure with a warning, and only a checksum failure", () => {
    const r = parseUscc("91350100M000100Y44", { lenient: true });
    expect(r.ok).toBe(true);
    expect(r.value?.check).toBe("4");
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "uscc_checksum", severity: "warning" });
    expect(r.issues[0]!.message).toContain('应为"3"');
    expect(parseUscc("91350100I000100Y43", { lenient: true }).ok).toBe(false);
  });
  it("still rejects the checksum failure in strict mode", () => {
    expect(parseUscc("91350100M000100Y44").ok).toBe(false);
    expect(isValidUscc("91350100M000100Y44")).toBe(false);
  });
});

describe("parseUscc — never throws", () => {
  it.each([null, undefined, 42, {}, [], true, 91350100, Symbol.for("x"), ["91350100M000100Y43"]])("returns a result for %s", (input) => {
    const r = parseUscc(input as unknown);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "uscc_type", severity: "error" });
    expect(isValidUscc(input)).toBe(false);
  });
  it("returns a result for a very long or odd string", () => {
    expect(parseUscc("9".repeat(100_000)).ok).toBe(false);
    expect(parseUscc("\u0000".repeat(18)).ok).toBe(false);
    expect(parseUscc("９１３５０１００Ｍ０００１００Ｙ４３").ok).toBe(false);
  });
  it("treats options: null (from JavaScript) as no options", () => {
    // GB 32100-2015's own example: body 91350100M000100Y4, check 3.
    expect(parseUscc("91350100M000100Y43", null as never).ok).toBe(true);
    expect(parseUscc("91350100M000100Y44", null as never).issues[0]).toMatchObject({ code: "uscc_checksum", severity: "error" });
  });
});

describe("parseUscc — placeholders pass the checksum but are warned of (issue 14)", () => {
  // Seventeen zeros: Σ = 0, check value (31 − 0) mod 31 = 0, so 000000000000000000 is "valid".
  it("000000000000000000: accepted, with a warning for the authority 0 and one for the region 000000", () => {
    const r = parseUscc("000000000000000000");
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ["uscc_authority", "warning", { received: "0", position: 1 }],
      ["uscc_region", "warning", { received: "000000", position: 3 }],
    ]);
    expect(r.issues[1]!.message).toBe("统一社会信用代码的登记管理机关行政区划码（第3—8位）\"000000\"不是行政区划代码（GB/T 2260），请核对是否为占位代码");
    expect(isValidUscc("000000000000000000")).toBe(true);
  });

  // 91000000M000100Y4: 9·1 + 1·3 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 9 + 3 + 420 + 8 + 900 + 112 = 1452;
  // 1452 mod 31 = 26; 31 − 26 = 5.
  it("a real authority with the region 000000 warns of the region alone", () => {
    const r = parseUscc("91000000M000100Y45");
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(["uscc_region"]);
  });
});
