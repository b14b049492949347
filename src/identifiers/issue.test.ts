import { describe, expect, it } from "vitest";
import { _identifierIssueCodes } from "./messages";
import { _issue, type IdentifierIssueCode } from "./issue";
import { parseCccCertificateNumber, parseLicenceNumber, parseOrganizationCode, parseUscc } from "./index";

describe("identifier messages — one table per language", () => {
  // Written out here, so a code added to the union without text (or text for a code that
  // no longer exists) fails.
  const CODES: IdentifierIssueCode[] = [
    "uscc_type", "uscc_length", "uscc_character", "uscc_checksum", "uscc_authority", "uscc_region", "uscc_body_length",
    "uscc_part_type", "uscc_part_length", "uscc_part_character",
    "org_code_type", "org_code_length", "org_code_character", "org_code_checksum", "org_code_body_length",
    "licence_type", "licence_format", "licence_province",
    "ccc_type", "ccc_format", "ccc_year",
  ];

  it("has Chinese and English text for every code, and only for those", () => {
    expect([..._identifierIssueCodes()].sort()).toEqual([...CODES].sort());
    for (const code of CODES) {
      for (const severity of ["error", "warning"] as const) {
        const i = _issue(code, { field: "region", expected: "6", received: "4", position: 3, min: 2002 }, severity);
        expect(i.message, code).toMatch(/[\u4e00-\u9fff]/);
        expect(i.messageEn, code).toMatch(/^[\x20-\x7e–]+$/);
        for (const text of [i.message, i.messageEn]) expect(text, code).not.toMatch(/undefined|NaN|\[object/);
        // No English type names leak into the Chinese text.
        expect(i.message, code).not.toMatch(/string|number|object|null/);
      }
    }
  });
});

describe("identifier issues — params carry what was expected and received", () => {
  it("parseUscc", () => {
    expect(parseUscc(42).issues[0]!.params).toEqual({ expected: "string", received: "number" });
    expect(parseUscc("91350100M000100Y4").issues[0]!.params).toEqual({ expected: "18", received: "17" });
    expect(parseUscc("91350100S000100Y43").issues[0]!.params).toEqual({ expected: "0-9A-HJ-NPQRTUWXY", received: "S", position: 9 });
    // GB 32100's example body 91350100M000100Y4 has check 3 (FACTS.md §5).
    expect(parseUscc("91350100M000100Y44").issues[0]!.params).toEqual({ expected: "3", received: "4", position: 18 });
    const lenient = parseUscc("91350100M000100Y44", { lenient: true }).issues[0]!;
    expect(lenient).toMatchObject({ severity: "warning", params: { expected: "3", received: "4", position: 18 } });
    expect(lenient.message).toBe('统一社会信用代码校验位错误：应为"3"，实际为"4"（宽松模式：按2016年前试点代码接受）');
  });

  it("shows a whole character, never half of a surrogate pair", () => {
    expect(parseUscc("😀".repeat(9)).issues[0]!.params).toMatchObject({ received: "😀", position: 1 });
  });

  it("parseOrganizationCode", () => {
    expect(parseOrganizationCode(null).issues[0]!.params).toEqual({ expected: "string", received: "null" });
    expect(parseOrganizationCode("12345678").issues[0]!.params).toEqual({ expected: "9 | 10", received: "8" });
    expect(parseOrganizationCode("1234567a8").issues[0]!.params).toEqual({ expected: "0-9A-Z", received: "a", position: 8 });
    // 12345678 → check 8 (hand-worked in org-code.test.ts).
    expect(parseOrganizationCode("12345678-9").issues[0]!.params).toEqual({ expected: "8", received: "9", position: 10 });
    expect(parseOrganizationCode("123456789").issues[0]!.params).toEqual({ expected: "8", received: "9", position: 9 });
  });

  it("parseLicenceNumber and parseCccCertificateNumber", () => {
    expect(parseLicenceNumber([]).issues[0]!.params).toEqual({ expected: "string", received: "array" });
    expect(parseLicenceNumber("XK1-001").issues[0]!.params).toMatchObject({ received: "XK1-001" });
    expect(parseLicenceNumber("(港)XK12-001-00018").issues[0]!.params).toEqual({ received: "港" });
    expect(parseCccCertificateNumber("2016").issues[0]!.params).toMatchObject({ received: "2016" });
    expect(parseCccCertificateNumber("x".repeat(100)).issues[0]!.params.received).toHaveLength(40);
    // CCC began in 2002 (FACTS.md §5 and ccc.ts).
    const early = parseCccCertificateNumber("1999010901123456").issues[0]!;
    expect(early.params).toEqual({ expected: ">=2002", received: "1999", min: 2002 });
    expect(early.message).toBe("CCC证书编号中的首次发证年份1999早于强制性产品认证制度实施的2002年");
  });
});
