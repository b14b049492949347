import { describe, expect, it } from "vitest";
import { CCC_FIRST_YEAR, parseCccCertificateNumber } from "./index";

// Layout from FACTS.md §5: year of first issue (4) + certification body (2, 01 = CQC) +
// product category (4) + sequence (6), e.g. 2016010901123456. CCC began in 2002.

describe("parseCccCertificateNumber", () => {
  it("splits the example number into its parts", () => {
    expect(parseCccCertificateNumber("2016010901123456")).toEqual({
      ok: true,
      value: { number: "2016010901123456", year: 2016, body: "01", category: "0901", sequence: "123456" },
      issues: [],
    });
  });

  it("accepts the first year, 2002, and rejects 2001", () => {
    expect(CCC_FIRST_YEAR).toBe(2002);
    expect(parseCccCertificateNumber("2002010101000001").ok).toBe(true);
    const r = parseCccCertificateNumber("2001010101000001");
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "ccc_year", severity: "error" });
    expect(r.issues[0]!.message).toContain("2001");
    expect(parseCccCertificateNumber("0000010101000001").issues[0]!.code).toBe("ccc_year");
  });

  it("sets no upper bound on the year beyond its four digits (no clock)", () => {
    expect(parseCccCertificateNumber("9999010101000001").value?.year).toBe(9999);
  });

  it.each(["201601090112345", "20160109011234567", "2016-01-0901-123456", "2016O10901123456", " 2016010901123456", "２０１６０１０９０１１２３４５６", ""])(
    "rejects %j",
    (s) => {
      const r = parseCccCertificateNumber(s);
      expect(r.ok).toBe(false);
      expect(r.issues[0]).toMatchObject({ code: "ccc_format", severity: "error" });
    },
  );

  it.each([null, undefined, 2016010901123456, {}, []])("returns a result for %s", (input) => {
    expect(parseCccCertificateNumber(input).issues[0]!.code).toBe("ccc_type");
  });
});
