import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { staffingRequirements } from "./staffing-requirements";

const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const ccc = { number: "2016010901123456", product: "电动自行车" };

// FACTS.md §1 [reading]: an officer for every in-scope unit; a director for licence or CCC
// holders and for large or medium units in category (c).
describe("staffingRequirements", () => {
  it("an officer for every in-scope unit", () => {
    const r = staffingRequirements(_unit({ size: "micro", products: { mandatoryStandard: true } }));
    expect(r.officer.required).toBe(true);
    expect(r.officer.reasons[0]!.citation.clause).toBe("第三条");
  });

  it("a director for licence and for CCC holders, whatever their size", () => {
    expect(staffingRequirements(_unit({ size: "micro", products: { licences: [licence] } })).director).toMatchObject({ required: true });
    const r = staffingRequirements(_unit({ size: "micro", products: { cccCertificates: [ccc] } }));
    expect(r.director.required).toBe(true);
    expect(r.director.reasons.map((x) => x.rule)).toEqual(["staffing.director.ccc"]);
    expect(r.director.reasons[0]!.facts).toEqual(["2016010901123456"]);
    expect(r.director.reasons[0]!.citation.reading).toBe(true);
  });

  // FACTS.md §1: "a director is also required for licence holders, CCC holders, and large or
  // medium units in category (c)"; issue 15, 1: "sellers hold no maker's licence".
  it("a seller of CCC products is no holder: its director follows the sizes of category (c), unless the policy says otherwise", () => {
    const seller = (size: "large" | "micro") => _unit({ roles: ["seller"], size, products: { categories: ["ccc"] } });
    expect(staffingRequirements(seller("micro")).director.required).toBe(false);
    expect(staffingRequirements(seller("micro")).officer.required).toBe(true);
    expect(staffingRequirements(seller("large")).director).toMatchObject({ required: true, reasons: [{ rule: "staffing.director.mandatory-standard" }] });
    const holders = definePolicy(nanjing2023, { duties: { staffing: { director: { licenceAndCccSellers: true } } } });
    expect(staffingRequirements(seller("micro"), { policy: holders }).director).toMatchObject({ required: true, reasons: [{ rule: "staffing.director.ccc" }] });
  });

  it("a director for large and medium category (c) units only", () => {
    const of = (size: "large" | "medium" | "small" | "micro") => staffingRequirements(_unit({ size, products: { mandatoryStandard: true } })).director.required;
    expect(of("large")).toBe(true);
    expect(of("medium")).toBe(true);
    expect(of("small")).toBe(false);
    expect(of("micro")).toBe(false);
  });

  it("size derived at the thresholds' edges decides the director", () => {
    const u = (staff: number, revenueWan: number) => _unit({ staff, revenueWan, products: { mandatoryStandard: true } });
    expect(staffingRequirements(u(300, 2000)).director.required).toBe(true); // medium producer
    expect(staffingRequirements(u(300, 1999)).director.required).toBe(false); // small
  });

  it("an unknown size needs a director by default (a reading), not when the policy says so", () => {
    const u = _unit({ products: { mandatoryStandard: true } });
    const r = staffingRequirements(u);
    expect(r.director.required).toBe(true);
    expect(r.director.reasons[0]!.rule).toBe("staffing.director.size-unknown");
    const lax = definePolicy(nanjing2023, { duties: { staffing: { director: { whenSizeUnknown: "not-required" } } } });
    expect(staffingRequirements(u, { policy: lax }).director.required).toBe(false);
  });

  it("the licence and CCC criteria are parameters", () => {
    const p = definePolicy(nanjing2023, { duties: { staffing: { director: { licence: false } } } });
    expect(staffingRequirements(_unit({ size: "small", products: { licences: [licence] } }), { policy: p }).director.required).toBe(false);
  });

  it("out of scope: neither, with the scope reason", () => {
    const r = staffingRequirements(_unit({ size: "large" }));
    expect(r.officer.required).toBe(false);
    expect(r.director.required).toBe(false);
    expect(r.director.reasons[0]!.rule).toBe("scope.none");
  });

  // Orders 75/76 公布令: "自2023年5月5日起施行" — nothing is required before that day.
  it("with asOf before the orders took effect (2023-05-05), nothing is required", () => {
    const u = _unit({ size: "micro", products: { licences: [licence] } });
    const early = staffingRequirements(u, { asOf: "2023-05-04" });
    for (const role of ["officer", "director"] as const) {
      expect(early[role].required).toBe(false);
      expect(early[role].reasons.map((r) => r.rule)).toEqual(["staffing.not-yet-effective"]);
      expect(early[role].reasons[0]!.citation.quote).toContain("自2023年5月5日起施行");
      expect(early[role].reasons[0]!.message).toContain("2023-05-05");
    }
    const onTheDay = staffingRequirements(u, { asOf: "2023-05-05" });
    expect(onTheDay.officer.required).toBe(true);
    expect(onTheDay.director.required).toBe(true);
  });
});
