import { describe, expect, it } from "vitest";
import { PolicyError, definePolicy, nanjing2023, type Policy } from "../policy";
import { _unit } from "./_fixture";
import { isInScope, scopeWithReasons } from "./scope";

const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const ccc = { number: "2016010901123456", product: "电动自行车" };
const gated = definePolicy(nanjing2023, { duties: { scope: { mandatoryStandardSizeGate: { enabled: true } } } });

// Orders 75/76 Art. 2 (FACTS.md §1): licence, CCC, or mandatory-standard products.
describe("isInScope", () => {
  it("a licence, a CCC certificate or mandatory-standard products bring a unit into scope", () => {
    expect(isInScope(_unit({ products: { licences: [licence] } }))).toBe(true);
    expect(isInScope(_unit({ products: { cccCertificates: [ccc] } }))).toBe(true);
    expect(isInScope(_unit({ products: { mandatoryStandard: true } }))).toBe(true);
    expect(isInScope(_unit({ roles: ["seller"], products: { cccCertificates: [ccc] } }))).toBe(true);
  });

  it("none of them: out of scope (gas appliances or food contact alone do not count)", () => {
    expect(isInScope(_unit())).toBe(false);
    expect(isInScope(_unit({ products: { gasAppliance: true, foodContact: true } }))).toBe(false);
    expect(scopeWithReasons(_unit()).reasons.map((r) => r.rule)).toEqual(["scope.none"]);
  });

  it("category (c) has no size gate by default (DESIGN: every size)", () => {
    const micro = _unit({ size: "micro", products: { mandatoryStandard: true } });
    expect(isInScope(micro)).toBe(true);
    expect(scopeWithReasons(micro).categories).toEqual(["mandatory-standard"]);
  });

  it("with the size gate on, category (c) reaches large and medium units only", () => {
    const of = (size: "large" | "medium" | "small" | "micro") => _unit({ size, products: { mandatoryStandard: true } });
    expect(isInScope(of("large"), { policy: gated })).toBe(true);
    expect(isInScope(of("medium"), { policy: gated })).toBe(true);
    expect(isInScope(of("small"), { policy: gated })).toBe(false);
    expect(isInScope(of("micro"), { policy: gated })).toBe(false);
    expect(scopeWithReasons(of("small"), { policy: gated }).reasons.map((r) => r.rule)).toEqual(["scope.mandatory-standard.size-gate", "scope.none"]);
    // Size derived at the edge: 300 staff and 2000 万元 is a medium producer, 299 staff small.
    expect(isInScope(_unit({ staff: 300, revenueWan: 2000, products: { mandatoryStandard: true } }), { policy: gated })).toBe(true);
    expect(isInScope(_unit({ staff: 299, revenueWan: 2000, products: { mandatoryStandard: true } }), { policy: gated })).toBe(false);
  });

  it("the size gate does not touch licence or CCC holders", () => {
    expect(isInScope(_unit({ size: "micro", products: { licences: [licence], mandatoryStandard: true } }), { policy: gated })).toBe(true);
  });

  it("with the gate on, an unknown size stays in scope unless the policy says otherwise", () => {
    const u = _unit({ products: { mandatoryStandard: true } });
    expect(isInScope(u, { policy: gated })).toBe(true);
    const strict = definePolicy(gated, { duties: { scope: { mandatoryStandardSizeGate: { whenSizeUnknown: "out-of-scope" } } } });
    expect(isInScope(u, { policy: strict })).toBe(false);
  });

  // Issue 15, 1: "Orders 75/76 Art. 2 scope units that make or sell products under production
  // licensing, CCC or mandatory national standards … an expired certificate while still
  // producing is a violation, not an exemption … make validity-based scope a named option".
  it("scope follows the product regime: an expired licence still counts, and the reason says it expired", () => {
    const u = _unit({ products: { licences: [{ ...licence, issuedOn: "2021-03-01", expiresOn: "2026-02-28" }] } });
    expect(isInScope(u)).toBe(true);
    expect(isInScope(u, { asOf: "2026-02-28" })).toBe(true);
    expect(isInScope(u, { asOf: "2026-03-01" })).toBe(true);
    const r = scopeWithReasons(u, { asOf: "2026-03-01" });
    expect(r.categories).toEqual(["licence"]);
    expect(r.reasons[0]!.message).toContain("已于2026-02-28到期");
    expect(r.reasons[0]!.message).toContain("属违法");
    // A licence not yet issued on the day asked does not count yet.
    expect(isInScope(u, { asOf: "2021-02-28" })).toBe(false);
  });

  it("validity-based scope is the named option valid-certificates (by option or policy)", () => {
    const u = _unit({ products: { licences: [{ ...licence, issuedOn: "2021-03-01", expiresOn: "2026-02-28" }] } });
    expect(isInScope(u, { asOf: "2026-02-28", basis: "valid-certificates" })).toBe(true);
    expect(isInScope(u, { asOf: "2026-03-01", basis: "valid-certificates" })).toBe(false);
    const byValidity = definePolicy(nanjing2023, { duties: { scope: { basis: "valid-certificates" } } });
    expect(isInScope(u, { asOf: "2026-03-01", policy: byValidity })).toBe(false);
    expect(nanjing2023.duties.scope.basis).toBe("product-regime");
    expect(nanjing2023.duties.scope.basisCitation).toMatchObject({ clause: "第二条", reading: true });
  });

  // Issue 15, 1: "a seller's reason reads '持有工业产品生产许可证', though sellers hold no maker's
  // licence. Model what a seller sells (product categories, not certificates), word the reasons for each role".
  it("a seller says what it sells (products.categories), and its reasons say 销售, never 持有", () => {
    const seller = _unit({ roles: ["seller"], products: { categories: ["ccc"] } });
    const r = scopeWithReasons(seller);
    expect(r.inScope).toBe(true);
    expect(r.categories).toEqual(["ccc"]);
    expect(r.reasons[0]!.message).toBe("销售实施强制性产品认证管理的产品（products.categories）");
    expect(r.reasons[0]!.facts).toEqual(["/products/categories"]);
    expect(r.reasons[0]!.citation.document).toBe("市场监管总局令第76号");
    const licensed = scopeWithReasons(_unit({ roles: ["seller"], products: { categories: ["licence"] } }));
    expect(licensed.reasons[0]!.message).toContain("销售实施工业产品生产许可管理的产品");
    for (const reason of [...r.reasons, ...licensed.reasons]) expect(reason.message).not.toContain("持有");
    const none = scopeWithReasons(_unit({ roles: ["seller"] }));
    expect(none.reasons[0]!.message).toContain("未销售");
  });

  it("a producer's reasons say 生产; one with both roles says 生产、销售", () => {
    expect(scopeWithReasons(_unit({ products: { licences: [licence] } })).reasons[0]!.message).toBe("生产实施工业产品生产许可管理的产品（生产许可证XK08-001-04763）");
    expect(scopeWithReasons(_unit({ roles: ["producer", "seller"], products: { mandatoryStandard: true } })).reasons[0]!.message).toContain("生产、销售涉及人身健康和生命财产安全并有强制性国家标准要求的产品");
    expect(scopeWithReasons(_unit({ products: { categories: ["mandatory-standard"] } })).categories).toEqual(["mandatory-standard"]);
  });

  it("cites Order 75 for producers and Order 76 for sellers", () => {
    expect(scopeWithReasons(_unit({ products: { licences: [licence] } })).reasons[0]!.citation.document).toBe("市场监管总局令第75号");
    expect(scopeWithReasons(_unit({ roles: ["seller"], products: { cccCertificates: [ccc] } })).reasons[0]!.citation.document).toBe("市场监管总局令第76号");
  });
});

describe("an invalid policy", () => {
  it("is a PolicyError, not a silently wrong answer (the size gate's sizes misspelt)", () => {
    const bad = JSON.parse(JSON.stringify(nanjing2023)) as Policy;
    (bad.duties.scope.mandatoryStandardSizeGate as { enabled: unknown }).enabled = "yes";
    expect(() => isInScope(_unit({ products: { mandatoryStandard: true } }), { policy: bad })).toThrow(PolicyError);
  });
});
