import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../dates";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { _scope, isInScope, scopeWithReasons } from "./scope";

// Orders 75/76 Art. 2 (FACTS.md §1): producers (Order 75) and sellers (Order 76) of products
// under (a) production licensing, (b) CCC, (c) mandatory national standards. The category
// names are the label table's (src/entities/labels.ts); the policy's readings: the basis of
// scope (`product-regime`: an expired certificate still counts, going on is a violation) and
// the optional size gate of category (c) (large and medium; unknown size in scope).
const XK = "XK08-001-04763";
const CCC = "2016010901123456";
const lic = (over: Record<string, string> = {}) => ({ number: XK, product: "燃气灶具", ...over });
const gated = definePolicy(nanjing2023, { duties: { scope: { mandatoryStandardSizeGate: { enabled: true } } } });
const d = nanjing2023.duties.scope;

describe("scopeWithReasons — what the licence and CCC reasons say", () => {
  it("a producer's licence: its number, in Chinese and English, Order 75", () => {
    const r = scopeWithReasons(_unit({ products: { licences: [lic()] } })).reasons[0]!;
    expect(r.rule).toBe("scope.licence");
    expect(r.citation).toEqual(d.producerCitation);
    expect(r.facts).toEqual([XK]);
    expect(r.messageEn).toBe(`Makes products under production licensing (production licence(s) ${XK})`);
  });

  it("a seller listing its products' certificates says whose they are, Order 76", () => {
    const r = scopeWithReasons(_unit({ roles: ["seller"], products: { cccCertificates: [{ number: CCC, product: "电动自行车" }] } })).reasons[0]!;
    expect(r.rule).toBe("scope.ccc");
    expect(r.citation).toEqual(d.sellerCitation);
    expect(r.message).toBe(`销售实施强制性产品认证管理的产品（所售产品的强制性产品认证证书${CCC}）`);
    expect(r.messageEn).toBe(`Sells products under compulsory certification (CCC) (the products' CCC certificate(s) ${CCC})`);
  });

  it("a producer's CCC certificates: the certificate kind, several numbers joined", () => {
    const r = scopeWithReasons(_unit({ products: { cccCertificates: [{ number: CCC, product: "电动自行车" }, { number: "2020010901000001", product: "电动自行车" }] } })).reasons[0]!;
    expect(r.message).toBe(`生产实施强制性产品认证管理的产品（强制性产品认证证书${CCC}、2020010901000001）`);
    expect(r.messageEn).toBe(`Makes products under compulsory certification (CCC) (CCC certificate(s) ${CCC}, 2020010901000001)`);
    expect(r.facts).toEqual([CCC, "2020010901000001"]);
  });

  it("a unit that both makes and sells says so; certificates and declared categories are both evidence", () => {
    const r = scopeWithReasons(_unit({ roles: ["producer", "seller"], products: { licences: [lic()], categories: ["licence"] } })).reasons[0]!;
    expect(r.message).toBe(`生产、销售实施工业产品生产许可管理的产品（生产许可证${XK}；products.categories）`);
    expect(r.messageEn).toBe(`Makes and sells products under production licensing (production licence(s) ${XK}; products.categories)`);
    expect(r.facts).toEqual([XK, "/products/categories"]);
    expect(r.citation).toEqual(d.producerCitation);
  });

  it("a producer declaring the category without a certificate", () => {
    const s = scopeWithReasons(_unit({ products: { categories: ["ccc"] } }));
    expect(s.categories).toEqual(["ccc"]);
    expect(s.reasons[0]!.messageEn).toBe("Makes products under compulsory certification (CCC) (products.categories)");
  });

  it("categories come in the order licence, CCC, mandatory standard", () => {
    const s = scopeWithReasons(_unit({ products: { mandatoryStandard: true, cccCertificates: [{ number: CCC, product: "电动自行车" }], categories: ["licence"] } }));
    expect(s.categories).toEqual(["licence", "ccc", "mandatory-standard"]);
    expect(s.reasons.map((r) => r.rule)).toEqual(["scope.licence", "scope.ccc", "scope.mandatory-standard"]);
    expect(s.inScope).toBe(true);
  });
});

describe("scopeWithReasons — dates (the basis of scope)", () => {
  const dated = _unit({ products: { licences: [lic({ issuedOn: "2021-03-01", expiresOn: "2026-02-28" })] } });

  it("an expired certificate: the reason names it and its expiry; on its last day it has not expired", () => {
    const r = scopeWithReasons(dated, { asOf: "2026-03-01" }).reasons[0]!;
    expect(r.message).toBe(`生产实施工业产品生产许可管理的产品（生产许可证${XK}）；${XK}已于2026-02-28到期，到期后仍生产属违法，不因到期而不适用`);
    expect(r.messageEn).toBe(`Makes products under production licensing (production licence(s) ${XK}); ${XK} expired on 2026-02-28: going on after expiry is a violation, not an exemption`);
    expect(scopeWithReasons(dated, { asOf: "2026-02-28" }).reasons[0]!.message).not.toContain("到期");
    expect(scopeWithReasons(dated, { asOf: "2026-02-28" }).reasons[0]!.messageEn).not.toContain("expired");
    expect(scopeWithReasons(dated).reasons[0]!.message).not.toContain("到期");
  });

  it("a seller's expired certificates: 仍销售, several joined", () => {
    const u = _unit({
      roles: ["seller"],
      products: { licences: [lic({ expiresOn: "2025-01-31" }), { number: "XK08-001-00002", product: "燃气灶具", expiresOn: "2025-02-28" }] },
    });
    const r = scopeWithReasons(u, { asOf: "2025-06-01" }).reasons[0]!;
    expect(r.message).toContain(`；${XK}已于2025-01-31到期、XK08-001-00002已于2025-02-28到期，到期后仍销售属违法`);
    expect(r.messageEn).toContain(`; ${XK} expired on 2025-01-31, XK08-001-00002 expired on 2025-02-28: going on`);
  });

  it("a certificate counts from its issue day; without an issue date always", () => {
    expect(isInScope(dated, { asOf: "2021-03-01" })).toBe(true);
    expect(isInScope(dated, { asOf: "2021-02-28" })).toBe(false);
    expect(isInScope(dated)).toBe(true); // no day asked: every listed certificate
    expect(isInScope(_unit({ products: { licences: [lic({ expiresOn: "2020-01-01" })] } }), { asOf: "2026-01-01" })).toBe(true);
    const future = _unit({ products: { licences: [lic({ issuedOn: "2030-01-01" })] } });
    expect(isInScope(future)).toBe(true);
    expect(scopeWithReasons(future, { asOf: "2026-01-01" }).reasons.map((r) => r.rule)).toEqual(["scope.none"]);
  });

  it("valid-certificates: valid through its expiry day, not after; an undated expiry never ends it", () => {
    const valid = { basis: "valid-certificates" as const };
    expect(isInScope(dated, { asOf: "2026-02-28", ...valid })).toBe(true);
    expect(isInScope(dated, { asOf: "2026-03-01", ...valid })).toBe(false);
    expect(isInScope(dated, { asOf: "2021-02-28", ...valid })).toBe(false);
    expect(isInScope(_unit({ products: { licences: [lic({ issuedOn: "2021-03-01" })] } }), { asOf: "2040-01-01", ...valid })).toBe(true);
    // Only the valid one is evidence.
    const two = _unit({ products: { licences: [lic({ expiresOn: "2025-12-31" }), { number: "XK08-001-00002", product: "燃气灶具", issuedOn: "2025-12-01" }] } });
    expect(scopeWithReasons(two, { asOf: "2026-01-01", ...valid }).reasons[0]!.facts).toEqual(["XK08-001-00002"]);
    expect(scopeWithReasons(two, { asOf: "2026-01-01" }).reasons[0]!.facts).toEqual([XK, "XK08-001-00002"]);
  });

  it("the option overrides the policy's basis", () => {
    const byValidity = definePolicy(nanjing2023, { duties: { scope: { basis: "valid-certificates" } } });
    expect(isInScope(dated, { asOf: "2026-03-01", policy: byValidity, basis: "product-regime" })).toBe(true);
  });

  it("an as-of day outside the library's range is refused", () => {
    expect(() => scopeWithReasons(dated, { asOf: "9000-01-01" })).toThrow(InvalidDateError);
  });
});

describe("scopeWithReasons — category (c) and the size gate", () => {
  it("without the gate: any size, the flag and the declared category as facts", () => {
    const r = scopeWithReasons(_unit({ products: { mandatoryStandard: true, categories: ["mandatory-standard"] } })).reasons[0]!;
    expect(r.rule).toBe("scope.mandatory-standard");
    expect(r.facts).toEqual(["/products/mandatoryStandard", "/products/categories"]);
    expect(r.message).toBe("生产涉及人身健康和生命财产安全并有强制性国家标准要求的产品（不论规模）");
    expect(r.messageEn).toBe("Makes products with mandatory national standards for health and safety (any size)");
    expect(r.citation).toEqual(d.producerCitation);
    const seller = scopeWithReasons(_unit({ roles: ["seller"], products: { categories: ["mandatory-standard"] } })).reasons[0]!;
    expect(seller.facts).toEqual(["/products/categories"]);
    expect(seller.messageEn).toBe("Sells products with mandatory national standards for health and safety (any size)");
    expect(seller.citation).toEqual(d.sellerCitation);
    const both = scopeWithReasons(_unit({ roles: ["producer", "seller"], products: { mandatoryStandard: true } })).reasons[0]!;
    expect(both.messageEn).toBe("Makes and sells products with mandatory national standards for health and safety (any size)");
  });

  it("with the gate: in scope for a large unit, with the size's facts and the gate's citation", () => {
    const s = scopeWithReasons(_unit({ size: "large", products: { mandatoryStandard: true } }), { policy: gated });
    expect(s.categories).toEqual(["mandatory-standard"]);
    const r = s.reasons[0]!;
    expect(r.rule).toBe("scope.mandatory-standard");
    expect(r.citation).toEqual(d.mandatoryStandardSizeGate.citation);
    expect(r.facts).toEqual(["/products/mandatoryStandard", "/size"]);
    expect(r.message).toBe("生产强制性国家标准产品；该类别仅适用于大型、中型单位，本单位大型：适用");
    expect(r.messageEn).toBe("Makes products with mandatory national standards; the category applies to large/medium units only and this unit is large: in scope");
  });

  it("with the gate: out of scope for a small seller, derived from staff and revenue", () => {
    // Wholesale small: 5 staff and 1000 万元 (a seller is sized as wholesale by default).
    const s = scopeWithReasons(_unit({ roles: ["seller"], staff: 10, revenueWan: 1000, products: { mandatoryStandard: true } }), { policy: gated });
    expect(s.inScope).toBe(false);
    expect(s.categories).toEqual([]);
    const r = s.reasons[0]!;
    expect(r.rule).toBe("scope.mandatory-standard.size-gate");
    expect(r.facts).toEqual(["/products/mandatoryStandard", "/staff", "/revenueWan"]);
    expect(r.message).toBe("销售强制性国家标准产品；该类别仅适用于大型、中型单位，本单位小型：不适用");
    expect(r.messageEn).toBe("Sells products with mandatory national standards; the category applies to large/medium units only and this unit is small: not in scope");
    expect(s.reasons[1]!.rule).toBe("scope.none");
  });

  it("with the gate: an unknown size is in scope by default, and says so", () => {
    const r = scopeWithReasons(_unit({ roles: ["producer", "seller"], products: { mandatoryStandard: true } }), { policy: gated }).reasons[0]!;
    expect(r.message).toBe("生产、销售强制性国家标准产品；该类别仅适用于大型、中型单位，本单位规模不明：适用");
    expect(r.messageEn).toBe("Makes and sells products with mandatory national standards; the category applies to large/medium units only and this unit is of unknown size: in scope");
  });

  it("the gate's sizes are a parameter", () => {
    const largeOnly = definePolicy(gated, { duties: { scope: { mandatoryStandardSizeGate: { sizes: ["large"] } } } });
    expect(isInScope(_unit({ size: "medium", products: { mandatoryStandard: true } }), { policy: largeOnly })).toBe(false);
    expect(scopeWithReasons(_unit({ size: "medium", products: { mandatoryStandard: true } }), { policy: largeOnly }).reasons[0]!.message).toContain("仅适用于大型单位");
  });
});

describe("scopeWithReasons — out of scope", () => {
  it("says what the unit does not make or sell, with the order of its role", () => {
    const p = scopeWithReasons(_unit()).reasons[0]!;
    expect(p.message).toBe("未生产实施生产许可、强制性产品认证管理的产品，也未生产适用范围内的强制性国家标准产品：不适用“两个规定”");
    expect(p.messageEn).toBe("Makes no product under production licensing or CCC and no in-scope mandatory-standard product: outside Orders 75/76");
    expect(p.citation).toEqual(d.producerCitation);
    expect(p.facts).toEqual([]);
    const s = scopeWithReasons(_unit({ roles: ["seller"] })).reasons[0]!;
    expect(s.messageEn).toMatch(/^Sells no product/);
    expect(s.citation).toEqual(d.sellerCitation);
    const b = scopeWithReasons(_unit({ roles: ["producer", "seller"] })).reasons[0]!;
    expect(b.messageEn).toMatch(/^Makes and sells no product/);
    expect(b.message).toContain("未生产、销售");
    expect(scopeWithReasons(_unit()).inScope).toBe(false);
    expect(scopeWithReasons(_unit()).categories).toEqual([]);
  });
});

describe("_scope quiet (for callers that read categories, rules and facts only)", () => {
  it("licence and CCC reasons have empty messages and the usual rule, facts and citation", () => {
    const u = _unit({ roles: ["seller"], products: { licences: [lic()], categories: ["licence", "ccc"], mandatoryStandard: true } });
    const quiet = _scope(u, {}, true);
    const loud = scopeWithReasons(u);
    expect(quiet.categories).toEqual(loud.categories);
    expect(quiet.inScope).toBe(true);
    expect(quiet.reasons[0]).toStrictEqual({ rule: "scope.licence", facts: [XK, "/products/categories"], citation: d.sellerCitation, message: "", messageEn: "" });
    expect(quiet.reasons[1]).toStrictEqual({ rule: "scope.ccc", facts: ["/products/categories"], citation: d.sellerCitation, message: "", messageEn: "" });
    expect(quiet.reasons[2]).toStrictEqual(loud.reasons[2]);
    expect(_scope(u, {}, false)).toStrictEqual(loud);
  });
});
