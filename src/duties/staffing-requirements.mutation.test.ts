import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { staffingRequirements } from "./staffing-requirements";

// Orders 75/76 Art. 3 (FACTS.md §1): every in-scope unit appoints an officer (Order 75 for
// producers, 76 for sellers); who needs a director is the policy's reading from two
// provincial guides: licence and CCC holders, large or medium category (c) units, an
// unknown size counted as needing one; a seller-only unit by the same sizes. In force from
// 2023-05-05 (公布令). Size names: the label table.
const XK = "XK08-001-04763";
const CCC = "2016010901123456";
const licence = { number: XK, product: "燃气灶具" };
const ccc = { number: CCC, product: "电动自行车" };
const s = nanjing2023.duties.staffing;

describe("staffingRequirements — the officer", () => {
  it("cites Order 75 for a producer, Order 76 for a seller, with the scope's facts", () => {
    const p = staffingRequirements(_unit({ products: { licences: [licence], mandatoryStandard: true } })).officer;
    expect(p.required).toBe(true);
    expect(p.reasons).toHaveLength(1);
    expect(p.reasons[0]).toMatchObject({ rule: "staffing.officer", facts: [XK, "/products/mandatoryStandard"] });
    expect(p.reasons[0]!.citation).toEqual(s.officer.producerCitation);
    expect(p.reasons[0]!.message).toBe("适用“两个规定”的单位均须配备质量安全员");
    expect(p.reasons[0]!.messageEn).toBe("Every unit under Orders 75/76 needs a quality-safety officer");
    const seller = staffingRequirements(_unit({ roles: ["seller"], products: { categories: ["ccc"] } })).officer;
    expect(seller.reasons[0]!.citation).toEqual(s.officer.sellerCitation);
    expect(seller.reasons[0]!.facts).toEqual(["/products/categories"]);
  });
});

describe("staffingRequirements — the director by certificate", () => {
  it("a producer of licensed and CCC products: both reasons, each with its numbers", () => {
    const r = staffingRequirements(_unit({ size: "micro", products: { licences: [licence], cccCertificates: [ccc] } })).director;
    expect(r.required).toBe(true);
    expect(r.reasons.map((x) => [x.rule, x.facts])).toEqual([
      ["staffing.director.licence", [XK]],
      ["staffing.director.ccc", [CCC]],
    ]);
    expect(r.reasons[0]!.citation).toEqual(s.director.citation);
    expect(r.reasons[0]!.message).toBe("生产实施生产许可证管理产品的单位须配备质量安全总监");
    expect(r.reasons[0]!.messageEn).toBe("A maker of licensed products needs a quality-safety director");
    expect(r.reasons[1]!.message).toBe("生产实施强制性产品认证管理产品的单位须配备质量安全总监");
    expect(r.reasons[1]!.messageEn).toBe("A maker of CCC products needs a quality-safety director");
  });

  it("a seller under licenceAndCccSellers: the seller's wording", () => {
    const holders = definePolicy(nanjing2023, { duties: { staffing: { director: { licenceAndCccSellers: true } } } });
    const r = staffingRequirements(_unit({ roles: ["seller"], size: "micro", products: { categories: ["licence", "ccc"] } }), { policy: holders }).director;
    expect(r.reasons.map((x) => x.rule)).toEqual(["staffing.director.licence", "staffing.director.ccc"]);
    expect(r.reasons[0]!.message).toBe("销售实施生产许可证管理产品的单位须配备质量安全总监");
    expect(r.reasons[0]!.messageEn).toBe("A seller of licensed products needs a quality-safety director");
    expect(r.reasons[1]!.message).toBe("销售实施强制性产品认证管理产品的单位须配备质量安全总监");
    expect(r.reasons[1]!.messageEn).toBe("A seller of CCC products needs a quality-safety director");
    expect(r.reasons[0]!.facts).toEqual(["/products/categories"]);
  });

  it("each criterion is a parameter: CCC off leaves a small CCC producer without a director", () => {
    const noCcc = definePolicy(nanjing2023, { duties: { staffing: { director: { ccc: false } } } });
    const u = _unit({ size: "small", products: { cccCertificates: [ccc] } });
    expect(staffingRequirements(u, { policy: noCcc }).director.required).toBe(false);
    const both = _unit({ size: "small", products: { cccCertificates: [ccc], licences: [licence] } });
    expect(staffingRequirements(both, { policy: noCcc }).director.reasons.map((x) => x.rule)).toEqual(["staffing.director.licence"]);
  });
});

describe("staffingRequirements — the director by size", () => {
  it("a medium category (c) unit: the size in the reason, the scope's and the size's facts", () => {
    const r = staffingRequirements(_unit({ size: "medium", products: { mandatoryStandard: true } })).director;
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]!.rule).toBe("staffing.director.mandatory-standard");
    expect(r.reasons[0]!.citation).toEqual(s.director.citation);
    expect(r.reasons[0]!.facts).toEqual(["/products/mandatoryStandard", "/size"]);
    expect(r.reasons[0]!.message).toBe("强制性国家标准产品的中型单位须配备质量安全总监");
    expect(r.reasons[0]!.messageEn).toBe("A medium mandatory-standard unit needs a quality-safety director");
  });

  it("a large seller-only unit of licence products: the seller's wording; repeated facts once", () => {
    const u = _unit({ roles: ["seller"], staff: 250, revenueWan: 50000, products: { categories: ["licence", "mandatory-standard"] } });
    const r = staffingRequirements(u).director;
    expect(r.reasons.map((x) => x.rule)).toEqual(["staffing.director.mandatory-standard"]);
    // Wholesale large: 200 staff and 40000 万元.
    expect(r.reasons[0]!.message).toBe("强制性国家标准产品的大型单位须配备质量安全总监");
    expect(r.reasons[0]!.facts).toEqual(["/products/categories", "/staff", "/revenueWan"]);
    const sellerOnly = staffingRequirements(_unit({ roles: ["seller"], size: "large", products: { categories: ["ccc"] } })).director;
    expect(sellerOnly.reasons[0]!.message).toBe("生产许可、强制性产品认证管理产品的销售的大型单位须配备质量安全总监");
    expect(sellerOnly.reasons[0]!.messageEn).toBe("A large seller-only licence/ccc unit needs a quality-safety director");
    expect(sellerOnly.reasons[0]!.facts).toEqual(["/products/categories", "/size"]);
  });

  it("an unknown size: required by default, saying which sizes and what to add", () => {
    const r = staffingRequirements(_unit({ products: { mandatoryStandard: true } })).director.reasons[0]!;
    expect(r.rule).toBe("staffing.director.size-unknown");
    expect(r.citation).toEqual(s.director.citation);
    expect(r.facts).toEqual(["/products/mandatoryStandard"]);
    expect(r.message).toBe("强制性国家标准产品单位中大型、中型单位须配备质量安全总监；本单位规模无法确定，按须配备处理（请补充规模或从业人员、营业收入）");
    expect(r.messageEn).toBe("Mandatory-standard units of size large/medium need a director; this unit's size is unknown, so one is required (add size, or staff and revenue)");
    const seller = staffingRequirements(_unit({ roles: ["seller"], products: { categories: ["ccc"] } })).director.reasons[0]!;
    expect(seller.rule).toBe("staffing.director.size-unknown");
    expect(seller.message).toMatch(/^生产许可、强制性产品认证管理产品的销售单位中大型、中型单位/);
    expect(seller.messageEn).toMatch(/^Seller-only licence\/CCC units of size large\/medium/);
  });

  it("no sizes in the policy: no director by size, whatever the size", () => {
    const none = definePolicy(nanjing2023, { duties: { staffing: { director: { mandatoryStandardSizes: [] } } } });
    expect(staffingRequirements(_unit({ size: "large", products: { mandatoryStandard: true } }), { policy: none }).director.required).toBe(false);
    expect(staffingRequirements(_unit({ products: { mandatoryStandard: true } }), { policy: none }).director.required).toBe(false);
  });

  it("a producer of licensed products is never sized for the director", () => {
    const r = staffingRequirements(_unit({ size: "large", products: { licences: [licence] } })).director;
    expect(r.reasons.map((x) => x.rule)).toEqual(["staffing.director.licence"]);
  });

  it("a micro seller of CCC products needs none, said for a seller", () => {
    const r = staffingRequirements(_unit({ roles: ["seller"], size: "micro", products: { categories: ["ccc"] } })).director;
    expect(r.required).toBe(false);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]!.rule).toBe("staffing.director.not-required");
    expect(r.reasons[0]!.citation).toEqual(s.director.citation);
    expect(r.reasons[0]!.facts).toEqual(["/products/categories"]);
    expect(r.reasons[0]!.message).toBe("销售单位不持有生产许可证、CCC证书，且不属于须配备总监的规模：不强制配备质量安全总监");
    expect(r.reasons[0]!.messageEn).toBe("A seller holds no licence or CCC certificate, and is not of a size that needs one: a director is not required");
  });

  it("a small producer of mandatory-standard products needs none, said for a producer", () => {
    const r = staffingRequirements(_unit({ size: "small", products: { mandatoryStandard: true } })).director.reasons[0]!;
    expect(r.rule).toBe("staffing.director.not-required");
    expect(r.facts).toEqual(["/products/mandatoryStandard"]);
    expect(r.message).toBe("未生产实施生产许可、强制性产品认证管理的产品，且不属于须配备总监规模的强制性国家标准产品单位：不强制配备质量安全总监");
    expect(r.messageEn).toBe("Makes no licensed or CCC product, and not a mandatory-standard unit of a size that needs one: a director is not required");
  });
});

describe("staffingRequirements — the day asked", () => {
  it("before 2023-05-05: the one not-yet-effective reason, in both languages", () => {
    const r = staffingRequirements(_unit({ products: { licences: [licence] } }), { asOf: "2023-05-04" });
    expect(r.officer.reasons).toBe(r.director.reasons);
    const why = r.director.reasons[0]!;
    expect(why.citation).toEqual(nanjing2023.duties.effectiveFrom.citation);
    expect(why.message).toBe("2023-05-04“两个规定”尚未施行（自2023-05-05起施行）：尚无配备质量安全总监、质量安全员的义务");
    expect(why.messageEn).toBe("On 2023-05-04 the orders were not yet in force (in force from 2023-05-05): no post is required yet");
  });

  it("a licence issued after the day asked does not count yet; without a day it does", () => {
    const u = _unit({ products: { licences: [{ ...licence, issuedOn: "2024-03-01" }] } });
    expect(staffingRequirements(u, { asOf: "2024-02-29" }).director.required).toBe(false);
    expect(staffingRequirements(u, { asOf: "2024-03-01" }).director.required).toBe(true);
    expect(staffingRequirements(u).director.required).toBe(true);
  });
});

describe("staffingRequirements — a seller of licensed products only", () => {
  it("needs a director by size, as category (c)", () => {
    const large = staffingRequirements(_unit({ roles: ["seller"], size: "large", products: { categories: ["licence"] } })).director;
    expect(large.required).toBe(true);
    expect(large.reasons[0]!.rule).toBe("staffing.director.mandatory-standard");
    expect(staffingRequirements(_unit({ roles: ["seller"], size: "small", products: { categories: ["licence"] } })).director.required).toBe(false);
  });
});
