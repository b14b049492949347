import { describe, expect, it } from "vitest";
import { thrown } from "../../test/_thrown";
import { IdentifierError, makeUscc, parseUscc } from "./index";

// Published codes (see check-characters.test.ts for their holders), split by GB 32100-2015
// §4.1: authority (1) + type (1) + region (6) + organisation code (9) + check (1).
const PUBLISHED = ["91350100M000100Y43", "914403001922038216", "91440300708461136T", "91330100799655058B", "91110108551385082Q", "91110000802100433B"];

describe("makeUscc — published codes", () => {
  it.each(PUBLISHED)("rebuilds %s from its parts, the organisation code's check computed", (code) => {
    const parts = { authority: code[0]!, type: code[1]!, region: code.slice(2, 8), orgCode: code.slice(8, 16) };
    expect(makeUscc(parts)).toBe(code);
  });

  it.each(PUBLISHED)("rebuilds %s from its parts, the organisation code's check given", (code) => {
    const parts = { authority: code[0]!, type: code[1]!, region: code.slice(2, 8), orgCode: code.slice(8, 17) };
    const made = makeUscc(parts);
    expect(made).toBe(code);
    expect(parseUscc(made).value).toMatchObject(parts);
  });

  it("does not touch its input", () => {
    const parts = Object.freeze({ authority: "9", type: "1", region: "350100", orgCode: "M000100Y" });
    expect(makeUscc(parts)).toBe("91350100M000100Y43");
    expect(parts.orgCode).toBe("M000100Y");
  });
});

describe("makeUscc — bad parts, located", () => {
  const good = { authority: "9", type: "1", region: "320102", orgCode: "M000100Y" };

  it("names a region of the wrong length with the expected and received lengths", () => {
    const e = thrown(() => makeUscc({ ...good, region: "3201" }));
    expect(e).toBeInstanceOf(IdentifierError);
    expect(e).toMatchObject({ field: "region", value: "3201", code: "invalid_identifier_input" });
    expect((e as IdentifierError).issues).toEqual([
      {
        code: "uscc_part_length",
        severity: "error",
        params: { field: "region", expected: "6", received: "4" },
        message: "登记管理机关行政区划码（第3—8位）应为6位，实际为4位",
        messageEn: "The administrative division code (positions 3–8) must have 6 characters, got 4",
      },
    ]);
    expect((e as IdentifierError).message).toBe('Invalid region "3201": The administrative division code (positions 3–8) must have 6 characters, got 4.');
    expect((e as IdentifierError).messageZh).toBe('region 的值 "3201" 无效：登记管理机关行政区划码（第3—8位）应为6位，实际为4位。');
  });

  it("requires digits in the region, though letters are in the code alphabet", () => {
    const e = thrown(() => makeUscc({ ...good, region: "32010A" })) as IdentifierError;
    expect(e.issues[0]).toMatchObject({ code: "uscc_part_character", params: { field: "region", position: 6, received: "A", expected: "0-9" } });
    expect(e.issues[0]!.message).toContain("应为数字");
    expect(e.issues[0]!.messageEn).toContain("is not a digit");
  });

  it.each([
    ["authority", "I", 1],
    ["type", "z", 1],
    ["orgCode", "M00O100Y", 4], // O is a GB 11714 character but not a USCC one
  ] as const)("refuses a %s with %s (position %i)", (field, value, position) => {
    const e = thrown(() => makeUscc({ ...good, [field]: value })) as IdentifierError;
    expect(e.field).toBe(field);
    expect(e.issues[0]).toMatchObject({ code: "uscc_part_character", params: { field, position, received: value[position - 1] } });
  });

  it("validates a 9-character organisation code's check character and says which is right", () => {
    const e = thrown(() => makeUscc({ ...good, orgCode: "M000100Y5" })) as IdentifierError;
    expect(e).toMatchObject({ field: "orgCode", value: "M000100Y5" });
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({
      code: "org_code_checksum",
      params: { field: "orgCode", position: 9, expected: "4", received: "5" },
      message: '组织机构代码校验码错误：应为"4"，实际为"5"',
    });
    // X is a check character GB 11714 can give, and in the USCC alphabet; here it is wrong.
    expect((thrown(() => makeUscc({ ...good, orgCode: "M000100YX" })) as IdentifierError).params).toEqual({
      field: "orgCode",
      position: 9,
      expected: "4",
      received: "X",
    });
  });

  it.each([
    ["authority", "91", "1", "2"],
    ["type", "", "1", "0"],
    ["orgCode", "M000100", "8 | 9", "7"],
    ["orgCode", "M000100Y-4", "8 | 9", "10"],
  ] as const)("refuses a %s of length %s", (field, value, expected, received) => {
    const e = thrown(() => makeUscc({ ...good, [field]: value })) as IdentifierError;
    expect(e.issues[0]).toMatchObject({ code: "uscc_part_length", params: { field, expected, received } });
  });

  it("says 8 or 9 in both languages for the organisation code", () => {
    const e = thrown(() => makeUscc({ ...good, orgCode: "M000100" })) as IdentifierError;
    expect(e.issues[0]!.message).toBe("主体标识码（组织机构代码，第9—17位）应为8或9位，实际为7位");
    expect(e.issues[0]!.messageEn).toBe("The organisation code (positions 9–17) must have 8 or 9 characters, got 7");
  });

  it("reports every bad part at once, the first one as the error's field", () => {
    const e = thrown(() => makeUscc({ authority: "i", type: 1 as never, region: "3201020", orgCode: "M000100Y5" })) as IdentifierError;
    expect(e.field).toBe("authority");
    expect(e.value).toBe("i");
    expect(e.issues.map((i) => [i.params.field, i.code])).toEqual([
      ["authority", "uscc_part_character"],
      ["type", "uscc_part_type"],
      ["region", "uscc_part_length"],
      ["orgCode", "org_code_checksum"],
    ]);
    expect(e.issues[1]!.params).toEqual({ field: "type", expected: "string", received: "number" });
    expect(e.message).toContain("(+3 more)");
    expect(e.messageZh).toContain("另有3处问题");
  });

  it("refuses missing parts and a non-object, never crashing", () => {
    const missing = thrown(() => makeUscc({ authority: "9", type: "1", region: "320102" } as never)) as IdentifierError;
    expect(missing.issues[0]).toMatchObject({ code: "uscc_part_type", params: { field: "orgCode", received: "undefined" } });
    expect(missing.issues[0]!.message).toBe("主体标识码（组织机构代码，第9—17位）应为字符串");
    for (const [value, received] of [[null, "null"], ["91350100M000100Y43", "string"], [[], "array"], [undefined, "undefined"]] as const) {
      const e = thrown(() => makeUscc(value as never)) as IdentifierError;
      expect(e).toBeInstanceOf(IdentifierError);
      expect(e.field).toBe("parts");
      expect(e.issues[0]).toMatchObject({ code: "uscc_part_type", params: { field: "parts", expected: "object", received } });
      expect(e.issues[0]!.message).toBe("统一社会信用代码各组成部分应为对象");
    }
  });
});
