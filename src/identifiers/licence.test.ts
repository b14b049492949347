import { describe, expect, it } from "vitest";
import { parseLicenceNumber } from "./index";

// Format from FACTS.md §5: XK + 2-digit industry + "-" + 3-digit product + "-" + 5-digit
// sequence, e.g. XK08-001-04763; provincial ones start with the province in brackets,
// e.g. (鄂)XK12-001-00018.

describe("parseLicenceNumber", () => {
  it("parses a nationally issued number", () => {
    expect(parseLicenceNumber("XK08-001-04763")).toEqual({
      ok: true,
      value: { number: "XK08-001-04763", industry: "08", product: "001", sequence: "04763" },
      issues: [],
    });
  });

  it("parses a provincially issued number", () => {
    expect(parseLicenceNumber("(鄂)XK12-001-00018").value).toEqual({
      number: "(鄂)XK12-001-00018",
      province: "鄂",
      industry: "12",
      product: "001",
      sequence: "00018",
    });
  });

  it("accepts full-width brackets and returns half-width ones", () => {
    const r = parseLicenceNumber("（苏）XK16-204-01234");
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({ number: "(苏)XK16-204-01234", province: "苏", industry: "16", product: "204", sequence: "01234" });
  });

  it.each(["黔", "贵", "滇", "蜀", "陇", "秦", "京", "新"])("accepts the province abbreviation %s", (p) => {
    expect(parseLicenceNumber(`(${p})XK06-001-00001`).ok).toBe(true);
  });

  it("rejects an unknown or empty province abbreviation", () => {
    expect(parseLicenceNumber("(江苏)XK06-001-00001").issues[0]).toMatchObject({ code: "licence_province", severity: "error" });
    expect(parseLicenceNumber("(A)XK06-001-00001").issues[0]!.code).toBe("licence_province");
    expect(parseLicenceNumber("()XK06-001-00001").issues[0]!.code).toBe("licence_province");
  });

  it.each([
    "xk08-001-04763",
    "XK8-001-04763",
    "XK08-01-04763",
    "XK08-001-4763",
    "XK08-001-047631",
    "XK08001-04763",
    "XK08－001－04763",
    " XK08-001-04763",
    "XK08-001-04763 ",
    "QS3201-0101-0001",
    "苏XK08-001-04763",
    "(苏XK08-001-04763",
    "XK０８-001-04763",
    "",
  ])("rejects %j", (s) => {
    const r = parseLicenceNumber(s);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "licence_format", severity: "error" });
    expect(r.issues[0]!.message).toContain("格式无效");
  });

  it.each([null, undefined, 42, {}, []])("returns a result for %s", (input) => {
    expect(parseLicenceNumber(input).issues[0]!.code).toBe("licence_type");
  });
});
