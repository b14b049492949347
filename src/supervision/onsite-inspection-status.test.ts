import { describe, expect, it } from "vitest";
import { UnitSchema, type Inspection, type Unit, type UnitInput } from "../entities";
import { definePolicy, nanjing2023 } from "../policy";
import { onsiteInspectionStatus } from "./onsite-inspection-status";

function keyUnit(inspections: Inspection[], over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({
    id: "k1",
    name: "重点单位",
    uscc: "91350100M000100Y43",
    roles: ["producer"],
    creditRisk: { grade: "C", asOf: "2025-01-01" },
    inspections,
    ...over,
  });
}
const insp = (id: string, date: string, kind: Inspection["kind"] = "onsite"): Inspection => ({ id, date, kind });

// 二（七）: "半年内现场检查不少于1次"; calendar halves by default (FACTS §3 [reading]).
describe("onsiteInspectionStatus — calendar half-years", () => {
  it("a key unit with no inspection this half-year owes one by 30 June", () => {
    const s = onsiteInspectionStatus(keyUnit([]), { asOf: "2026-05-20" });
    expect(s).toMatchObject({ required: true, level: "key", period: { start: "2026-01-01", end: "2026-06-30" }, dueOn: "2026-06-30", satisfied: false, count: 0, minimum: 1 });
    expect(s.lastInspection).toBeUndefined();
    expect(s.reasons.map((r) => r.rule)).toEqual(["key.credit", "onsite.inspections"]);
    expect(s.reasons.at(-1)!.citation.quote).toBe("半年内现场检查不少于1次");
  });

  it("an on-site inspection on the half-year's first day satisfies it", () => {
    const s = onsiteInspectionStatus(keyUnit([insp("i1", "2026-01-01")]), { asOf: "2026-05-20" });
    expect(s.satisfied).toBe(true);
    expect(s.reasons.at(-1)!.facts).toEqual(["i1"]);
    expect(s.lastInspection?.id).toBe("i1");
  });

  it("one on the previous half-year's last day does not, but is the last inspection", () => {
    const s = onsiteInspectionStatus(keyUnit([insp("i0", "2025-12-31")]), { asOf: "2026-05-20" });
    expect(s.satisfied).toBe(false);
    expect(s.lastInspection?.date).toBe("2025-12-31");
  });

  it("document reviews and sampling do not count; inspections after asOf are ignored", () => {
    const s = onsiteInspectionStatus(keyUnit([insp("d", "2026-02-01", "document"), insp("s", "2026-03-01", "sampling"), insp("later", "2026-05-21")]), { asOf: "2026-05-20" });
    expect(s.satisfied).toBe(false);
    expect(s.count).toBe(0);
    expect(s.lastInspection).toBeUndefined();
  });

  it("the last day of a half-year (30 June) is still H1; 1 July starts H2", () => {
    const u = keyUnit([insp("i1", "2026-03-01")]);
    expect(onsiteInspectionStatus(u, { asOf: "2026-06-30" })).toMatchObject({ period: { start: "2026-01-01", end: "2026-06-30" }, satisfied: true });
    expect(onsiteInspectionStatus(u, { asOf: "2026-07-01" })).toMatchObject({ period: { start: "2026-07-01", end: "2026-12-31" }, dueOn: "2026-12-31", satisfied: false });
  });

  it("a routine or trigger unit is not required to be inspected", () => {
    const s = onsiteInspectionStatus(keyUnit([], { creditRisk: undefined }), { asOf: "2026-05-20" });
    expect(s.required).toBe(false);
    expect(s.level).toBe("trigger");
  });

  it("a special unit is required", () => {
    expect(onsiteInspectionStatus(keyUnit([], { creditRisk: { grade: "D", asOf: "2025-01-01" } }), { asOf: "2026-05-20" }).required).toBe(true);
  });

  it("a policy minimum of 2 needs two", () => {
    const p = definePolicy(nanjing2023, { id: "twice", supervision: { onsiteInspection: { minPerHalfYear: 2 } } });
    const u = keyUnit([insp("i1", "2026-01-05")]);
    expect(onsiteInspectionStatus(u, { asOf: "2026-05-20", policy: p }).satisfied).toBe(false);
    expect(onsiteInspectionStatus(keyUnit([insp("i1", "2026-01-05"), insp("i2", "2026-04-05")]), { asOf: "2026-05-20", policy: p }).satisfied).toBe(true);
  });
});

describe("onsiteInspectionStatus — rolling six months", () => {
  const rolling = definePolicy(nanjing2023, { id: "rolling", supervision: { onsiteInspection: { halfYear: "rolling" } } });
  it("the six months ending on asOf, both ends inclusive: 2026-08-31 − 6 months = 2026-02-28", () => {
    const s = onsiteInspectionStatus(keyUnit([insp("i1", "2026-02-28")]), { asOf: "2026-08-31", policy: rolling });
    expect(s.period).toEqual({ start: "2026-02-28", end: "2026-08-31" });
    expect(s.dueOn).toBe("2026-08-31");
    expect(s.satisfied).toBe(true);
    expect(onsiteInspectionStatus(keyUnit([insp("i1", "2026-02-27")]), { asOf: "2026-08-31", policy: rolling }).satisfied).toBe(false);
  });
});
