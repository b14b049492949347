import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { dataEntryDeadline, dataEntryDeadlineWithReasons, dataEntryOrder } from "./data-entry";

const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const ccc = { number: "2016010901123456", product: "电动自行车" };

// Plan 一（一）: 灶管阀 by the end of November 2023, licence and CCC producers by the end of
// December 2023; 二（五）: priority units by the end of December 2023; 一（二）: everyone in 2024.
describe("dataEntryDeadline", () => {
  it("灶管阀 producers and sellers: 2023-11-30", () => {
    expect(dataEntryDeadline(_unit({ roles: ["seller"], products: { gasAppliance: true } }))).toBe("2023-11-30");
    const both = dataEntryDeadlineWithReasons(_unit({ products: { gasAppliance: true, licences: [licence] } }));
    expect(both).toMatchObject({ dueOn: "2023-11-30", class: "gas-appliance", priority: true });
    expect(both.reasons.map((r) => r.rule)).toEqual(["data-entry.gas-appliance", "data-entry.licensed-producer", "data-entry.priority", "data-entry.general"]);
  });

  it("licence and CCC producers: 2023-12-31", () => {
    expect(dataEntryDeadlineWithReasons(_unit({ products: { licences: [licence] } }))).toMatchObject({ dueOn: "2023-12-31", class: "licensed-producer" });
    expect(dataEntryDeadline(_unit({ products: { cccCertificates: [ccc] } }))).toBe("2023-12-31");
  });

  it("priority units of 二（五）: 2023-12-31, each criterion", () => {
    const seller = { roles: ["seller" as const] };
    const cases = [
      { people: [{ id: "d", name: "总监", role: "director" as const, from: "2023-06-01" }] },
      { riskEvents: [{ id: "r", date: "2023-07-01", severity: "minor" as const, kind: "risk-monitoring" as const }] },
      { defects: [{ id: "x", confirmedOn: "2023-08-01" }] },
      { products: { licences: [licence] } },
      { products: { cccCertificates: [ccc] } },
      { inspections: [{ id: "i", date: "2023-09-01", kind: "onsite" as const }] },
      { riskEvents: [{ id: "r", date: "2023-07-01", severity: "significant" as const, kind: "enforcement" as const }] },
      { riskEvents: [{ id: "r", date: "2023-12-31", severity: "minor" as const, kind: "verified-complaint" as const }] },
    ];
    const criteria = cases.map((c) => {
      const d = dataEntryDeadlineWithReasons(_unit({ ...seller, ...c }));
      expect(d).toMatchObject({ dueOn: "2023-12-31", class: "priority", priority: true });
      return d.criteria;
    });
    expect(criteria).toEqual([["director"], ["risk-monitoring"], ["defect-recall"], ["licence"], ["ccc"], ["onsite-inspection"], ["enforcement"], ["verified-complaint"]]);
  });

  it("other facts do not make a priority unit: a document review, a media exposure", () => {
    const u = _unit({
      roles: ["seller"],
      inspections: [{ id: "i", date: "2023-09-01", kind: "document" }],
      riskEvents: [{ id: "r", date: "2023-07-01", severity: "major", kind: "media-exposure" }],
    });
    expect(dataEntryDeadlineWithReasons(u)).toMatchObject({ dueOn: "2024-12-31", class: "general", priority: false, criteria: [] });
  });

  it("everyone else: 2024-12-31 (应录尽录, a reading of 2024年)", () => {
    const d = dataEntryDeadlineWithReasons(_unit({ roles: ["seller"] }));
    expect(d).toMatchObject({ dueOn: "2024-12-31", class: "general", priority: false });
    expect(d.reasons[0]!.citation).toMatchObject({ clause: "一（二）", reading: true });
  });

  it("a fact dated after a class's due date does not put the unit in that class", () => {
    const late = _unit({ products: { licences: [{ ...licence, issuedOn: "2024-05-01" }] } });
    expect(dataEntryDeadline(late)).toBe("2024-12-31");
    const onTime = _unit({ products: { licences: [{ ...licence, issuedOn: "2023-12-31" }] } });
    expect(dataEntryDeadline(onTime)).toBe("2023-12-31");
    const complaint = _unit({ roles: ["seller"], riskEvents: [{ id: "r", date: "2024-01-01", severity: "minor", kind: "verified-complaint" }] });
    expect(dataEntryDeadline(complaint)).toBe("2024-12-31");
    const off = definePolicy(nanjing2023, { duties: { dataEntry: { factsUpToDueDate: { enabled: false } } } });
    expect(dataEntryDeadline(complaint, { policy: off })).toBe("2023-12-31");
    expect(dataEntryDeadline(late, { policy: off })).toBe("2023-12-31");
  });

  it("dates and criteria are policy parameters", () => {
    const p = definePolicy(nanjing2023, {
      duties: { dataEntry: { general: { dueOn: "2025-06-30" }, priority: { criteria: ["director"] } } },
    });
    expect(dataEntryDeadline(_unit({ roles: ["seller"] }), { policy: p })).toBe("2025-06-30");
    expect(dataEntryDeadline(_unit({ roles: ["seller"], products: { cccCertificates: [ccc] } }), { policy: p })).toBe("2025-06-30");
  });
});

describe("dataEntryOrder (先重点后一般、先生产后流通)", () => {
  it("priority units first, then earlier deadline, then producers before sellers; stable", () => {
    const plainSeller = _unit({ id: "plainSeller", roles: ["seller"] });
    const plainProducer = _unit({ id: "plainProducer" });
    const licensedProducer = _unit({ id: "licensedProducer", products: { licences: [licence] } });
    const gasSeller = _unit({ id: "gasSeller", roles: ["seller"], products: { gasAppliance: true } });
    const prioritySeller = _unit({ id: "prioritySeller", roles: ["seller"], products: { cccCertificates: [ccc] } });
    const gasProducer = _unit({ id: "gasProducer", roles: ["seller", "producer"], products: { gasAppliance: true } });
    const plainSeller2 = _unit({ id: "plainSeller2", roles: ["seller"] });
    const input = [plainSeller, plainProducer, licensedProducer, gasSeller, prioritySeller, gasProducer, plainSeller2];
    const out = dataEntryOrder(input);
    expect(out.map((u) => u.id)).toEqual(["gasProducer", "gasSeller", "licensedProducer", "prioritySeller", "plainProducer", "plainSeller", "plainSeller2"]);
    expect(out[0]).toBe(gasProducer); // same objects
    expect(input.map((u) => u.id)[0]).toBe("plainSeller"); // input untouched
  });

  it("keeps the input order among equals", () => {
    const units = ["a", "b", "c", "d"].map((id) => _unit({ id, roles: ["seller"] }));
    expect(dataEntryOrder(units).map((u) => u.id)).toEqual(["a", "b", "c", "d"]);
    expect(dataEntryOrder([])).toEqual([]);
  });
});
