import { describe, expect, it } from "vitest";
import { thrown } from "../../test/_thrown";
import { IdentifierError, isValidUscc, orgCodeCheckCharacter, usccCheckCharacter } from "./index";

// Real codes, published by their holders and on the national enterprise credit
// information publicity system (国家企业信用信息公示系统); the check characters are theirs,
// not computed here. Positions 9–17 of each are a pre-2015 GB 11714 organisation code.
const PUBLISHED = [
  // GB 32100-2015's own example (FACTS.md §5): body 91350100M000100Y4 → check 3.
  { code: "91350100M000100Y43", holder: "GB 32100-2015 example" },
  { code: "914403001922038216", holder: "华为技术有限公司" },
  { code: "91440300708461136T", holder: "腾讯科技（深圳）有限公司" },
  { code: "91330100799655058B", holder: "阿里巴巴（中国）有限公司" },
  { code: "91110108551385082Q", holder: "小米科技有限责任公司" },
  { code: "91110000802100433B", holder: "百度在线网络技术（北京）有限公司" },
] as const;

describe("usccCheckCharacter — published codes", () => {
  it.each(PUBLISHED)("gives the published check character of $code ($holder)", ({ code }) => {
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  // 华为技术有限公司 by hand, GB 32100-2015 §5 (values: digits are themselves; weights
  // 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28):
  //   9·1 + 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 1·20 + 9·29 + 2·25 + 2·13
  // + 0·8 + 3·24 + 8·10 + 2·30 + 1·28 = 831; 831 mod 31 = 25; 31 − 25 = 6.
  it("agrees with the hand computation for 91440300192203821 → 6", () => {
    expect(usccCheckCharacter("91440300192203821")).toBe("6");
  });

  // Hand-worked in uscc.test.ts: the sum 713 = 23·31, so the check value 31 is written 0;
  // and authority codes A, N, Y (lists in use carry them).
  it.each([
    ["9132010200000000L", "0"],
    ["A1350100M000100Y4", "2"],
    ["N1350100M000100Y4", "M"],
    ["Y1350100M000100Y4", "D"],
  ])("%s → %s", (body, check) => {
    expect(usccCheckCharacter(body)).toBe(check);
  });
});

describe("usccCheckCharacter — bad input", () => {
  it("names the wrong length with the expected and received lengths", () => {
    const e = thrown(() => usccCheckCharacter("91350100M000100Y"));
    expect(e).toBeInstanceOf(IdentifierError);
    expect(e).toBeInstanceOf(TypeError);
    expect(e).toMatchObject({ name: "IdentifierError", code: "invalid_identifier_input", field: "first17", value: "91350100M000100Y" });
    expect((e as IdentifierError).issues).toEqual([
      {
        code: "uscc_body_length",
        severity: "error",
        params: { field: "first17", expected: "17", received: "16" },
        message: "计算统一社会信用代码校验位需要前17位，实际为16位",
        messageEn: "The check character of a unified social credit code needs its first 17 characters, got 16",
      },
    ]);
    // A whole code is not a body: 18 characters are refused, not truncated.
    expect((thrown(() => usccCheckCharacter("91350100M000100Y43")) as IdentifierError).params).toEqual({ field: "first17", expected: "17", received: "18" });
  });

  it.each([
    ["91350100I000100Y4", 9, "I"],
    ["91350100m000100Y4", 9, "m"],
    ["O1350100M000100Y4", 1, "O"],
    ["91350100M000100Y ", 17, " "],
  ])("locates the bad character in %s (position %i)", (body, position, received) => {
    const e = thrown(() => usccCheckCharacter(body)) as IdentifierError;
    expect(e.issues[0]).toMatchObject({ code: "uscc_character", params: { field: "first17", position, received, expected: "0-9A-HJ-NPQRTUWXY" } });
    expect(e.issues[0]!.message).toContain(`第${position}位`);
    expect(e.message).toContain(`Character ${position}`);
    expect(e.messageZh).toContain(`第${position}位`);
  });

  it.each([
    [null, "null"],
    [42, "number"],
    [["91350100M000100Y4"], "array"],
    [undefined, "undefined"],
  ])("refuses %s (not a string) with a typed error", (value, received) => {
    const e = thrown(() => usccCheckCharacter(value as never)) as IdentifierError;
    expect(e).toBeInstanceOf(IdentifierError);
    expect(e.issues[0]).toMatchObject({ code: "uscc_type", params: { field: "first17", expected: "string", received } });
  });
});

describe("orgCodeCheckCharacter", () => {
  // The organisation codes inside the published codes above (positions 9–17), each with
  // its published check. By hand for 70846113 (GB 11714-1997, weights 3, 7, 9, 10, 5, 8,
  // 4, 2): 21 + 0 + 72 + 40 + 30 + 8 + 4 + 6 = 181; 181 mod 11 = 5; 11 − 5 = 6.
  it.each(PUBLISHED)("gives the check character inside $code ($holder)", ({ code }) => {
    expect(orgCodeCheckCharacter(code.slice(8, 16))).toBe(code[16]);
  });

  // Hand-worked in org-code.test.ts: 12345678 → 201 → 8; 12345677 → 199 → 11 − 1 = 10 → X;
  // 12345671 → 187 = 17·11 → 11 − 0 = 11 → 0; MA000004 → 144 → X.
  // IOSVZ000 → 18·3 + 24·7 + 28·9 + 31·10 + 35·5 = 959; 959 mod 11 = 2; 11 − 2 = 9:
  // GB 11714 uses all of A–Z, including the letters the USCC alphabet leaves out.
  it.each([
    ["12345678", "8"],
    ["12345677", "X"],
    ["12345671", "0"],
    ["MA000004", "X"],
    ["M000100Y", "4"],
    ["IOSVZ000", "9"],
  ])("%s → %s", (body, check) => {
    expect(orgCodeCheckCharacter(body)).toBe(check);
  });

  it("refuses a body of the wrong length, a bad character or a non-string, located", () => {
    expect((thrown(() => orgCodeCheckCharacter("M000100Y4")) as IdentifierError).issues[0]).toMatchObject({
      code: "org_code_body_length",
      params: { field: "first8", expected: "8", received: "9" },
    });
    const lower = thrown(() => orgCodeCheckCharacter("m000100Y")) as IdentifierError;
    expect(lower).toMatchObject({ field: "first8", value: "m000100Y" });
    expect(lower.issues[0]).toMatchObject({ code: "org_code_character", params: { field: "first8", position: 1, received: "m", expected: "0-9A-Z" } });
    expect(lower.issues[0]!.message).toBe('组织机构代码第1位字符"m"无效（应为数字或大写字母）');
    expect((thrown(() => orgCodeCheckCharacter("1234-567")) as IdentifierError).params).toMatchObject({ position: 5, received: "-" });
    expect((thrown(() => orgCodeCheckCharacter(null as never)) as IdentifierError).issues[0]).toMatchObject({
      code: "org_code_type",
      params: { field: "first8", expected: "string", received: "null" },
    });
  });
});

describe("the two check characters together", () => {
  it("rebuild every published code from its first 16 characters", () => {
    for (const { code } of PUBLISHED) {
      const first17 = code.slice(0, 16) + orgCodeCheckCharacter(code.slice(8, 16));
      expect(first17 + usccCheckCharacter(first17)).toBe(code);
      expect(isValidUscc(first17 + usccCheckCharacter(first17))).toBe(true);
    }
  });
});
