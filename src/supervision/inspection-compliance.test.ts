import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../dates";
import { UnitSchema, type Unit, type UnitInput } from "../entities";
import { definePolicy, nanjing2023, PolicyError } from "../policy";
import { inspectionCompliance, pastInspectionObligations } from "./inspection-compliance";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
const major = (id: string, date: string) => ({ id, date, severity: "major" as const, kind: "sampling-failure" as const });

// 二（七）: "将监管责任建档锁定明确到人，且半年内现场检查不少于1次" — calendar halves (FACTS §3 [reading]).
describe("inspectionCompliance", () => {
  // Credit class D (信用风险高) from 2025-12-15: special from that day on. One on-site
  // inspection on 2025-12-20; in 2026-H1 only a document check, which does not count.
  const special = unit({
    creditRisk: { grade: "D", asOf: "2025-12-15" },
    inspections: [
      { id: "i1", date: "2025-12-20", kind: "onsite" },
      { id: "d1", date: "2026-03-01", kind: "document" },
    ],
  });

  it("a unit special through the first half of a year with no on-site inspection: that half is not satisfied", () => {
    const r = inspectionCompliance(special, { from: "2025-01-01", to: "2026-12-31" });
    expect(r.map((h) => [h.period.id, h.levels, h.onsiteInspections, h.satisfied, h.dueOn])).toEqual([
      ["2025-H2", ["special"], ["i1"], true, "2025-12-31"],
      ["2026-H1", ["special"], [], false, "2026-06-30"],
      ["2026-H2", ["special"], [], false, "2026-12-31"],
    ]);
    expect(r[0]).toMatchObject({ required: 1, doneOn: "2025-12-20", supervised: [{ level: "special", from: "2025-12-15", to: "2025-12-31" }] });
    expect(r[1]!.doneOn).toBeUndefined();
    expect(r[1]!.reasons.map((x) => x.rule)).toEqual(["special.credit", "onsite.inspections"]);
    expect(r[1]!.reasons.at(-1)!.citation.quote).toBe("半年内现场检查不少于1次");
  });

  it("a half-year counts when the unit was key or special on any day of it; levels in order key, special", () => {
    // Majors 2024-07-01, 2025-03-01, 2025-12-01: key from 2024-07-01, special from 2025-12-01;
    // the first leaves the 2-year window on 2026-07-02 (2026-07-02 − 2 years = 2024-07-02).
    const u = unit({
      riskEvents: [major("m1", "2024-07-01"), major("m2", "2025-03-01"), major("m3", "2025-12-01")],
      inspections: [
        { id: "a", date: "2025-08-01", kind: "onsite" },
        { id: "b", date: "2026-09-10", kind: "onsite" },
      ],
    });
    const r = inspectionCompliance(u, { from: "2024-01-01", to: "2026-11-20" });
    expect(r.map((h) => [h.period.id, h.levels, h.satisfied])).toEqual([
      ["2024-H2", ["key"], false],
      ["2025-H1", ["key"], false],
      ["2025-H2", ["key", "special"], true],
      ["2026-H1", ["special"], false],
      ["2026-H2", ["key", "special"], true],
    ]);
    expect(r[4]!.supervised).toEqual([
      { level: "special", from: "2026-07-01", to: "2026-07-01" },
      { level: "key", from: "2026-07-02", to: "2026-11-20" },
    ]);
  });

  it("facts after `to` play no part; a half-year overlapping `from` is judged whole", () => {
    const u = unit({ creditRisk: { grade: "C", asOf: "2026-02-01" }, inspections: [{ id: "late", date: "2026-06-30", kind: "onsite" }] });
    expect(inspectionCompliance(u, { from: "2026-05-01", to: "2026-06-29" })[0]).toMatchObject({ period: { id: "2026-H1" }, satisfied: false, onsiteInspections: [] });
    expect(inspectionCompliance(u, { from: "2026-05-01", to: "2026-06-30" })[0]).toMatchObject({ satisfied: true, doneOn: "2026-06-30" });
    expect(inspectionCompliance(u, { from: "2026-01-01", to: "2026-01-31" })).toEqual([]);
  });

  it("a policy asking for two inspections a half-year", () => {
    const twice = definePolicy(nanjing2023, { id: "twice", supervision: { onsiteInspection: { minPerHalfYear: 2 } } });
    const u = unit({ creditRisk: { grade: "D", asOf: "2026-01-01" }, inspections: [{ id: "x", date: "2026-02-01", kind: "onsite" }, { id: "y", date: "2026-05-01", kind: "onsite" }] });
    expect(inspectionCompliance(u, { from: "2026-01-01", to: "2026-06-30", policy: twice })[0]).toMatchObject({ required: 2, satisfied: true, doneOn: "2026-05-01" });
  });

  it("errors: reversed range; a rolling half-year policy", () => {
    expect(() => inspectionCompliance(special, { from: "2026-02-01", to: "2026-01-01" })).toThrow(InvalidDateError);
    const rolling = definePolicy(nanjing2023, { id: "rolling", supervision: { onsiteInspection: { halfYear: "rolling" } } });
    try {
      inspectionCompliance(special, { from: "2026-01-01", to: "2026-06-30", policy: rolling });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues[0]!.path).toBe("/supervision/onsiteInspection/halfYear");
    }
    expect(pastInspectionObligations(special, { asOf: "2026-07-01", policy: rolling })).toEqual([]);
  });
});

describe("pastInspectionObligations", () => {
  const special = unit({ creditRisk: { grade: "D", asOf: "2025-12-15" }, inspections: [{ id: "i1", date: "2025-12-20", kind: "onsite" }] });

  it("a past half-year without its inspection stays overdue; the running half-year is left to onsiteInspectionStatus", () => {
    const on = (asOf: string) => pastInspectionObligations(special, { asOf }).map((o) => [o.period.id, o.status, o.doneOn ?? null]);
    // 2026-06-30 is the last day of 2026-H1: still running.
    expect(on("2026-06-30")).toEqual([["2025-H2", "met", "2025-12-20"]]);
    expect(on("2026-07-01")).toEqual([
      ["2025-H2", "met", "2025-12-20"],
      ["2026-H1", "overdue", null],
    ]);
    expect(on("2027-03-01")).toEqual([
      ["2025-H2", "met", "2025-12-20"],
      ["2026-H1", "overdue", null],
      ["2026-H2", "overdue", null],
    ]);
    const o = pastInspectionObligations(special, { asOf: "2026-07-01" })[1]!;
    expect(o).toMatchObject({ kind: "onsite-inspection", owedBy: "regulator", dueOn: "2026-06-30", required: 1, onsiteInspections: [] });
  });

  it("starts at the orders' effective date unless told; nothing before it", () => {
    const early = unit({ riskEvents: [major("m", "2023-03-01")] });
    expect(pastInspectionObligations(early, { asOf: "2024-01-01" }).map((o) => o.period.id)).toEqual(["2023-H1", "2023-H2"]);
    expect(pastInspectionObligations(early, { asOf: "2024-01-01", from: "2023-07-01" }).map((o) => o.period.id)).toEqual(["2023-H2"]);
    expect(pastInspectionObligations(early, { asOf: "2023-05-05" })).toEqual([]);
  });
});
