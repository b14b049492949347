import { describe, expect, it } from "vitest";
import { isValidOrganizationCode, parseOrganizationCode } from "./index";

// GB 11714-1997 (FACTS.md §5): weights 3, 7, 9, 10, 5, 8, 4, 2; letters A=10 … Z=35;
// check = 11 − (Σ mod 11), where 10 is written X and 11 is written 0. Worked by hand:

describe("parseOrganizationCode — valid codes", () => {
  // 12345678: 1·3 + 2·7 + 3·9 + 4·10 + 5·5 + 6·8 + 7·4 + 8·2
  //         = 3 + 14 + 27 + 40 + 25 + 48 + 28 + 16 = 201; 201 mod 11 = 3; 11 − 3 = 8.
  it("accepts 12345678-8 with and without the hyphen", () => {
    const hyphen = parseOrganizationCode("12345678-8");
    expect(hyphen).toEqual({ ok: true, value: { code: "123456788", body: "12345678", check: "8" }, issues: [] });
    expect(parseOrganizationCode("123456788").value).toEqual(hyphen.value);
    expect(isValidOrganizationCode("12345678-8")).toBe(true);
  });

  // M000100Y (the organisation code inside GB 32100's example USCC 91350100M000100Y43):
  // M(22)·3 + 0·7 + 0·9 + 0·10 + 1·5 + 0·8 + 0·4 + Y(34)·2 = 66 + 5 + 68 = 139;
  // 139 mod 11 = 7; 11 − 7 = 4.
  it("accepts M000100Y-4, letters valued A=10 … Z=35", () => {
    expect(parseOrganizationCode("M000100Y-4").ok).toBe(true);
    expect(parseOrganizationCode("M000100Y4").ok).toBe(true);
  });

  // 12345677: 201 − 8·2 + 7·2 = 199; 199 mod 11 = 1; 11 − 1 = 10 → "X".
  // MA000004: M(22)·3 + A(10)·7 + 4·2 = 66 + 70 + 8 = 144; 144 mod 11 = 1 → "X".
  it("writes check value 10 as X", () => {
    expect(parseOrganizationCode("12345677-X").ok).toBe(true);
    expect(parseOrganizationCode("MA000004X").ok).toBe(true);
    expect(parseOrganizationCode("12345677-0").issues[0]).toMatchObject({ code: "org_code_checksum", severity: "error" });
  });

  // 12345671: 201 − 8·2 + 1·2 = 187 = 17·11; 187 mod 11 = 0; 11 − 0 = 11 → "0".
  it("writes check value 11 as 0", () => {
    expect(parseOrganizationCode("12345671-0").ok).toBe(true);
    expect(parseOrganizationCode("12345671-X").ok).toBe(false);
  });
});

describe("parseOrganizationCode — rejections", () => {
  it("reports a wrong check character with the expected one", () => {
    const r = parseOrganizationCode("12345678-9");
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.code).toBe("org_code_checksum");
    expect(r.issues[0]!.message).toContain('应为"8"');
    expect(r.issues[0]!.messageEn).toContain('expected "8"');
  });
  it("rejects lower case, a lower-case x check and other characters", () => {
    expect(parseOrganizationCode("ma000004X").issues[0]!.code).toBe("org_code_character");
    expect(parseOrganizationCode("12345677-x").issues[0]!.code).toBe("org_code_checksum");
    expect(parseOrganizationCode("1234-5678").issues[0]!.code).toBe("org_code_character");
  });
  it("rejects wrong lengths and misplaced hyphens", () => {
    expect(parseOrganizationCode("1234567-88").issues[0]!.code).toBe("org_code_length");
    expect(parseOrganizationCode("12345678").issues[0]!.code).toBe("org_code_length");
    expect(parseOrganizationCode("12345678--8").issues[0]!.code).toBe("org_code_length");
    expect(parseOrganizationCode(" 12345678-8").issues[0]!.code).toBe("org_code_length");
    expect(parseOrganizationCode("").issues[0]!.code).toBe("org_code_length");
  });
  it.each([null, undefined, 42, {}, [], 123456788])("returns a result for %s", (input) => {
    const r = parseOrganizationCode(input);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "org_code_type", severity: "error" });
    expect(isValidOrganizationCode(input)).toBe(false);
  });
});
