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

  it("with asOf, only licences valid that day count", () => {
    const u = _unit({ products: { licences: [{ ...licence, issuedOn: "2021-03-01", expiresOn: "2026-02-28" }] } });
    expect(isInScope(u)).toBe(true);
    expect(isInScope(u, { asOf: "2026-02-28" })).toBe(true);
    expect(isInScope(u, { asOf: "2026-03-01" })).toBe(false);
    expect(isInScope(u, { asOf: "2021-02-28" })).toBe(false);
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
