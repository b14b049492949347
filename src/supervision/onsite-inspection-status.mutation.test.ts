/**
 * onsiteInspectionStatus beyond "satisfied": what its rule says in both languages (二（七）:
 * "半年内现场检查不少于1次", calendar halves by default, FACTS.md §3 [reading]), which
 * inspection is the last one, the rolling six months with an exclusive first day.
 */
import { describe, expect, it } from "vitest";
import { UnitSchema, type Inspection, type Unit, type UnitInput } from "../entities";
import { definePolicy, nanjing2023, nanjingTierCitations } from "../policy";
import { onsiteInspectionStatus, _inspectionPeriod } from "./onsite-inspection-status";
import { _compiledPolicy } from "./compile-policy";

function u(inspections: Inspection[], over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "k1", name: "重点单位", uscc: "91350100M000100Y43", roles: ["producer"], creditRisk: { grade: "C", asOf: "2025-01-01" }, inspections, ...over });
}
const insp = (id: string, date: string, kind: Inspection["kind"] = "onsite"): Inspection => ({ id, date, kind });

describe("onsiteInspectionStatus — the rule's words", () => {
  it("a key unit not yet inspected in the half-year", () => {
    const s = onsiteInspectionStatus(u([]), { asOf: "2026-05-20" });
    const r = s.reasons.at(-1)!;
    expect(r).toMatchObject({ rule: "onsite.inspections", fired: false, facts: [], window: { start: "2026-01-01", end: "2026-06-30" }, count: 0, threshold: 1 });
    expect(r.citation).toEqual(nanjingTierCitations.halfYear);
    expect(r.message).toBe("2026-01-01至2026-06-30现场检查0次（不少于1次），尚未满足");
    expect(r.messageEn).toBe("0 on-site inspection(s) from 2026-01-01 to 2026-06-30 (at least 1 needed): not yet met");
  });

  it("a key unit inspected twice", () => {
    const s = onsiteInspectionStatus(u([insp("a", "2026-02-01"), insp("b", "2026-04-01")]), { asOf: "2026-05-20" });
    expect(s.count).toBe(2);
    const r = s.reasons.at(-1)!;
    expect(r).toMatchObject({ fired: true, facts: ["a", "b"], count: 2 });
    expect(r.message).toBe("2026-01-01至2026-06-30现场检查2次（不少于1次），已满足");
    expect(r.messageEn).toBe("2 on-site inspection(s) from 2026-01-01 to 2026-06-30 (at least 1 needed): met");
  });

  it("a trigger unit: counted all the same, and said not to be required", () => {
    const s = onsiteInspectionStatus(u([insp("a", "2026-07-02")], { creditRisk: undefined }), { asOf: "2026-08-01" });
    expect(s).toMatchObject({ required: false, level: "trigger", satisfied: true, count: 1, period: { start: "2026-07-01", end: "2026-12-31" } });
    const r = s.reasons.at(-1)!;
    expect(r.message).toBe("2026-07-01至2026-12-31现场检查1次（不少于1次），已满足；当前不属于重点监管、特别监管，不作要求");
    expect(r.messageEn).toBe("1 on-site inspection(s) from 2026-07-01 to 2026-12-31 (at least 1 needed): met; not required, the unit is not under key or special supervision");
    expect(s.reasons.map((x) => x.rule)).toEqual(["trigger.no-risk", "onsite.inspections"]);
  });

  it("a routine unit is not required either", () => {
    const s = onsiteInspectionStatus(u([], { creditRisk: undefined, riskEvents: [{ id: "n", date: "2026-01-01", severity: "minor", kind: "other" }] }), { asOf: "2026-05-20" });
    expect(s).toMatchObject({ required: false, level: "routine" });
  });
});

describe("onsiteInspectionStatus — the last inspection", () => {
  it("is the latest by date, whatever the order listed; later ones and other kinds are not it", () => {
    // None at all: the field is absent, not undefined (JSON output has no lastInspection key).
    expect("lastInspection" in onsiteInspectionStatus(u([insp("late", "2026-06-01")]), { asOf: "2026-05-20" })).toBe(false);
    const s = onsiteInspectionStatus(u([insp("mar", "2026-03-01"), insp("jan", "2026-01-10"), insp("doc", "2026-04-01", "document"), insp("late", "2026-06-01"), insp("dec", "2025-12-01")]), { asOf: "2026-05-20" });
    expect(s.lastInspection).toEqual(insp("mar", "2026-03-01"));
    expect(s.reasons.at(-1)!.facts).toEqual(["mar", "jan"]);
  });

  it("of two on the same latest day, the one listed last", () => {
    const s = onsiteInspectionStatus(u([insp("x", "2026-03-01"), insp("y", "2026-03-01")]), { asOf: "2026-05-20" });
    expect(s.lastInspection?.id).toBe("y");
  });

  it("an inspection on the day itself counts and is the last", () => {
    const s = onsiteInspectionStatus(u([insp("today", "2026-05-20")]), { asOf: "2026-05-20" });
    expect(s).toMatchObject({ satisfied: true, count: 1 });
    expect(s.lastInspection?.id).toBe("today");
  });

  it("a policy counting document reviews too", () => {
    const p = definePolicy(nanjing2023, { id: "docs", supervision: { onsiteInspection: { kinds: ["onsite", "document"] } } });
    const s = onsiteInspectionStatus(u([insp("doc", "2026-04-01", "document"), insp("smp", "2026-04-02", "sampling")]), { asOf: "2026-05-20", policy: p });
    expect(s).toMatchObject({ satisfied: true, count: 1 });
    expect(s.lastInspection?.id).toBe("doc");
  });
});

describe("onsiteInspectionStatus — rolling six months", () => {
  it("inclusive first day: [asOf − 6 months, asOf]; exclusive: from the day after", () => {
    const rolling = definePolicy(nanjing2023, { id: "rolling", supervision: { onsiteInspection: { halfYear: "rolling" } } });
    // 2026-08-31 − 6 months = 2026-02-28 (Civil Code Art. 202 clamping).
    expect(_inspectionPeriod(_compiledPolicy(rolling), "2026-08-31")).toEqual({ start: "2026-02-28", end: "2026-08-31" });
    const exclusive = definePolicy(rolling, { id: "rolling-exclusive", supervision: { windowEdge: { start: "exclusive" } } });
    expect(_inspectionPeriod(_compiledPolicy(exclusive), "2026-08-31")).toEqual({ start: "2026-03-01", end: "2026-08-31" });
    const s = onsiteInspectionStatus(u([insp("edge", "2026-02-28")]), { asOf: "2026-08-31", policy: exclusive });
    expect(s).toMatchObject({ satisfied: false, dueOn: "2026-08-31" });
    expect(s.reasons.at(-1)!.message).toBe("2026-03-01至2026-08-31现场检查0次（不少于1次），尚未满足");
  });

  it("calendar mode: the half-year of the day", () => {
    expect(_inspectionPeriod(_compiledPolicy(nanjing2023), "2026-12-31")).toEqual({ start: "2026-07-01", end: "2026-12-31" });
  });
});
